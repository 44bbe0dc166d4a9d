package org.iprassist.core.web;

import org.springframework.http.HttpStatus;

/**
 * Something that exists but cannot serve yet, such as a unit still being provisioned.
 */
public class UnavailableException extends ProblemException {

	public UnavailableException(String messageKey, Object... arguments) {
		super(HttpStatus.SERVICE_UNAVAILABLE, messageKey, arguments);
	}
}
