package org.iprassist.core.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the user name of an authenticated request into the logging context (key {@code user}), so
 * every log line says who it was about; the tenancy interceptor adds the unit. User names are not
 * personal data in the sense of the rules (ID numbers and phone numbers never enter logs).
 */
final class UserLogContext extends OncePerRequestFilter {

	static final String LOG_KEY = "user";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof IprUser user) {
			MDC.put(LOG_KEY, user.getUsername());
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(LOG_KEY);
		}
	}
}
