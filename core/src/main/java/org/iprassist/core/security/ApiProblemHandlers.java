package org.iprassist.core.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iprassist.core.web.ErrorHandling;
import org.iprassist.core.web.ProblemException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers API calls that are not logged in (401) or not allowed (403) with the same problem
 * details as every other API error, by handing the failure to the MVC exception handling. A
 * non-API request that failed HTTP Basic gets the usual Basic challenge instead.
 */
@Component
class ApiProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver resolver;

	private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

	ApiProblemHandlers(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		this.resolver = resolver;
		this.basic.setRealmName("IPR Assist");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (ErrorHandling.isApi(request)) {
			resolver.resolveException(request, response, null, new AuthenticationRequired());
		}
		else {
			basic.commence(request, response, authException);
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		resolver.resolveException(request, response, null, accessDeniedException);
	}

	static final class AuthenticationRequired extends ProblemException {

		AuthenticationRequired() {
			super(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
		}
	}
}
