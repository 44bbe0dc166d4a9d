package org.iprassist.core.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The portal's OAuth2 client registrations: one per province with a realm, named by the province
 * code ({@code /oauth2/authorization/gx}). Each is built from its realm's discovery document the
 * first time someone logs in there, so the application starts while Keycloak is still down.
 */
final class ProvinceClientRegistrations implements ClientRegistrationRepository {

	private final IdentityRealms realms;

	private final KeycloakProperties.Client portal;

	private final Map<String, ClientRegistration> registrations = new ConcurrentHashMap<>();

	ProvinceClientRegistrations(IdentityRealms realms, KeycloakProperties properties) {
		this.realms = realms;
		this.portal = properties.portal();
	}

	@Override
	public ClientRegistration findByRegistrationId(String provinceCode) {
		String issuer = realms.issuersByProvince().get(provinceCode);
		if (issuer == null) {
			return null;
		}
		return registrations.compute(provinceCode, (code, known) -> known != null
				&& issuer.equals(known.getProviderDetails().getIssuerUri()) ? known : registration(code, issuer));
	}

	private ClientRegistration registration(String provinceCode, String issuer) {
		return ClientRegistrations.fromIssuerLocation(issuer)
			.registrationId(provinceCode)
			.clientId(portal.clientId())
			.clientSecret(portal.clientSecret())
			.scope("openid", "profile", TokenUsers.ORGANIZATION_CLAIM)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.build();
	}
}
