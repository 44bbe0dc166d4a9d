package org.iprassist.core.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login page saying either "wrong user name or password" or
 * "locked for a while". The lockout counts attempts per user name whether or not the account
 * exists, so neither answer tells anyone which accounts exist.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		redirects.sendRedirect(request, response, exception instanceof LockedException ? "/login?locked" : "/login?error");
	}
}
