package org.iprassist.core.security;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user logged in to the portal through Keycloak: an {@link IprUser} like any other, which also
 * keeps the OIDC user, so that logout can end the Keycloak session with the ID token as hint.
 */
final class KeycloakUser extends IprUser implements OidcUser {

	private final OidcUser oidc;

	KeycloakUser(IprUser user, OidcUser oidc) {
		super(user.id(), user.getUsername(), user.displayName(), null, true, user.memberships());
		this.oidc = oidc;
	}

	@Override
	public Map<String, Object> getClaims() {
		return oidc.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return oidc.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return oidc.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return oidc.getAttributes();
	}

	@Override
	public String getName() {
		return getUsername();
	}
}
