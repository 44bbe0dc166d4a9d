package org.iprassist.core.web;

import org.springframework.http.HttpStatus;

/**
 * A resource that does not exist, or that the caller may not know exists.
 */
public class NotFoundException extends ProblemException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(HttpStatus.NOT_FOUND, messageKey, arguments);
	}
}
