package org.iprassist.core.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

/**
 * A failure the user can cause and understand: it carries its HTTP status and a message key
 * resolved in the user's language, and is rendered as a problem detail (API) or an error page.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	protected ProblemException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/**
	 * @return the message in the current user's language, for pages that show it inline
	 */
	public String localizedMessage(MessageSource messages) {
		return messages.getMessage(messageKey, arguments, messageKey, LocaleContextHolder.getLocale());
	}
}
