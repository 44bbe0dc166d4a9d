package org.iprassist.core.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Loads the user of a portal login through Keycloak. The memberships come from the access token
 * Keycloak issued with the ID token (realm roles are only in the access token), verified exactly
 * like a bearer token on the API, so the portal and the API judge a user the same way.
 */
final class KeycloakPortalUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService oidc = new OidcUserService();

	private final TrustedIssuers issuers;

	private final TokenUsers users;

	KeycloakPortalUsers(TrustedIssuers issuers, TokenUsers users) {
		this.issuers = issuers;
		this.users = users;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = oidc.loadUser(request);
		String issuer = request.getClientRegistration().getProviderDetails().getIssuerUri();
		try {
			Jwt access = issuers.decoder(issuer).decode(request.getAccessToken().getTokenValue());
			return new KeycloakUser(users.userOf(access), oidcUser);
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token"), ex.getMessage(), ex);
		}
	}
}
