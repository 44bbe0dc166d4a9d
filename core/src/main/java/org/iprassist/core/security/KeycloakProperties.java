package org.iprassist.core.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code ipr.auth.mode=keycloak}: one Keycloak realm per province, the same client ids
 * in every realm.
 *
 * @param realms issuer URI per province code ({@code gx: https://sso.example/realms/gx}); written
 *        into the tenant store at start-up, which is what the application then trusts
 * @param platformIssuer the one issuer whose {@code PLATFORM_ADMIN}, {@code SECURITY_ADMIN} and
 *        {@code AUDITOR} roles count; a province realm cannot make anyone a platform admin
 *        otherwise
 * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off
 * @param portal the confidential client the portal logs in with (authorization code + PKCE)
 * @param api the client id every access token must name in {@code aud}
 * @param admin the service-account client that creates organizations through the admin REST API
 */
@ConfigurationProperties("ipr.auth.keycloak")
public record KeycloakProperties(@DefaultValue Map<String, String> realms, String platformIssuer,
		@DefaultValue("60s") Duration clockSkew, @DefaultValue Client portal, @DefaultValue Api api,
		@DefaultValue Admin admin) {

	/**
	 * A confidential client.
	 *
	 * @param clientId its id, the same in every realm
	 * @param clientSecret its secret
	 */
	public record Client(@DefaultValue("ipr-portal") String clientId, String clientSecret) {
	}

	/**
	 * @param audience the API's client id, required in every bearer token's {@code aud}
	 */
	public record Api(@DefaultValue("ipr-api") String audience) {
	}

	/**
	 * @param clientId the service-account client, the same in every realm
	 * @param clientSecret its secret
	 * @param timeout connect and read timeout of admin REST calls
	 */
	public record Admin(@DefaultValue("ipr-provisioning") String clientId, String clientSecret,
			@DefaultValue("10s") Duration timeout) {
	}
}
