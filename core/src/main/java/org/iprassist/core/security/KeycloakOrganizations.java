package org.iprassist.core.security;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Creates a unit's Keycloak organization (alias = unit code) in its province's realm through the
 * admin REST API, as the service-account client ({@code ipr.auth.keycloak.admin}, which needs the
 * realm-management roles {@code manage-realm} and {@code view-realm}). Idempotent: an organization
 * with the unit's alias that already exists counts as created.
 */
final class KeycloakOrganizations implements IdentityProvisioning {

	private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);

	private static final String REALMS = "/realms/";

	private final IdentityRealms realms;

	private final KeycloakProperties.Admin admin;

	private final RestClient http;

	KeycloakOrganizations(IdentityRealms realms, KeycloakProperties properties) {
		this.realms = realms;
		this.admin = properties.admin();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(admin.timeout()).build());
		requests.setReadTimeout(admin.timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public void ensureUnit(String provinceCode, String unitCode, String unitName) {
		String issuer = realms.issuersByProvince().get(provinceCode);
		if (issuer == null) {
			throw new IllegalStateException("Province " + provinceCode + " has no Keycloak realm");
		}
		try {
			create(issuer, unitCode, unitName);
		}
		catch (ResourceAccessException ex) {
			throw new IllegalStateException("Keycloak not reachable at " + issuer + " (" + rootCause(ex)
					+ "): organization " + unitCode + " not created", ex);
		}
	}

	private void create(String issuer, String unitCode, String unitName) {
		int realmAt = issuer.lastIndexOf(REALMS);
		String organizations = issuer.substring(0, realmAt) + "/admin" + issuer.substring(realmAt) + "/organizations";
		String bearer = "Bearer " + serviceAccountToken(issuer);
		try {
			http.post()
				.uri(organizations)
				.header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("name", unitName, "alias", unitCode, "enabled", true))
				.retrieve()
				.toBodilessEntity();
			log.info("Created Keycloak organization {} in {}", unitCode, issuer);
		}
		catch (HttpClientErrorException.Conflict ex) {
			if (!exists(organizations, bearer, unitCode)) {
				throw new IllegalStateException("Keycloak refused organization " + unitCode
						+ ": another organization has the name " + unitName, ex);
			}
		}
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName()
				: cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private boolean exists(String organizations, String bearer, String alias) {
		List<Map<String, Object>> all = http.get()
			.uri(organizations + "?briefRepresentation=true&first=0&max=100000")
			.header("Authorization", bearer)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return all != null && all.stream().anyMatch(organization -> alias.equals(organization.get("alias")));
	}

	private String serviceAccountToken(String issuer) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", admin.clientId());
		form.add("client_secret", admin.clientSecret());
		Map<String, Object> answer = http.post()
			.uri(issuer + "/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		if (answer == null || !(answer.get("access_token") instanceof String token)) {
			throw new IllegalStateException("Keycloak gave no service-account token at " + issuer);
		}
		return token;
	}
}
