package org.iprassist.core.web;

import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every failure into what its audience reads: an RFC 9457 problem detail under
 * {@code /api/}, a friendly page in the user's language everywhere else. Nothing a user can type
 * or send ends as a 500; a real 500 is logged with its stack trace and shown without it.
 */
@ControllerAdvice
public class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final MessageSource messages;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ProblemException.class)
	Object onProblem(ProblemException ex, HttpServletRequest request) {
		return render(request, ex.status(), text(ex.messageKey(), ex.arguments()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object onAccessDenied(AccessDeniedException ex, HttpServletRequest request) {
		return render(request, HttpStatus.FORBIDDEN, text("error.forbidden"));
	}

	@ExceptionHandler(BindException.class)
	Object onInvalid(BindException ex, HttpServletRequest request) {
		String detail = ex.getFieldErrors()
			.stream()
			.map(this::describe)
			.collect(Collectors.joining("; "));
		return render(request, HttpStatus.BAD_REQUEST, detail.isEmpty() ? text("error.bad-request") : detail);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, HandlerMethodValidationException.class })
	Object onUnreadable(Exception ex, HttpServletRequest request) {
		return render(request, HttpStatus.BAD_REQUEST, text("error.bad-request"));
	}

	@ExceptionHandler(Exception.class)
	Object onOther(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse error) {
			HttpStatusCode status = error.getStatusCode();
			error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			return render(request, status, textOr("error.http." + status.value(), reasonPhrase(status)));
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return render(request, HttpStatus.INTERNAL_SERVER_ERROR, text("error.internal"));
	}

	private Object render(HttpServletRequest request, HttpStatusCode status, String detail) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(textOr("error.http." + status.value(), reasonPhrase(status)));
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/page");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("title", textOr("error.http." + status.value(), reasonPhrase(status)));
		page.addObject("detail", detail);
		return page;
	}

	public static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private String describe(FieldError error) {
		String message = error.getDefaultMessage();
		String generic = messages.getMessage("field." + error.getField(), null, error.getField(), locale());
		String field = messages.getMessage("field." + error.getObjectName() + "." + error.getField(), null, generic,
				locale());
		return field + ": " + (message == null ? text("error.bad-request") : message);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private String textOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback == null ? key : fallback, locale());
	}

	private static String reasonPhrase(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
