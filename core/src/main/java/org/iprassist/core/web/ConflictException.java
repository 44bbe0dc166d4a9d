package org.iprassist.core.web;

import org.springframework.http.HttpStatus;

/**
 * A request that contradicts the current state, such as a duplicate.
 */
public class ConflictException extends ProblemException {

	public ConflictException(String messageKey, Object... arguments) {
		super(HttpStatus.CONFLICT, messageKey, arguments);
	}
}
