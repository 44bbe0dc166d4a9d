package org.iprassist.core.web;

import org.springframework.http.HttpStatus;

/**
 * Input that breaks a rule the caller can read in the message.
 */
public class BadRequestException extends ProblemException {

	public BadRequestException(String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}
}
