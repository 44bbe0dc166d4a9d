package org.iprassist.core.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An API call authenticated by a bearer token. Its principal is the {@link IprUser} built from the
 * token, so the tenancy checks treat it like any other login.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final IprUser user;

	private final String token;

	TokenAuthentication(IprUser user, Jwt token) {
		super(user.getAuthorities());
		this.user = user;
		this.token = token.getTokenValue();
		setAuthenticated(true);
	}

	@Override
	public IprUser getPrincipal() {
		return user;
	}

	@Override
	public String getCredentials() {
		return token;
	}
}
