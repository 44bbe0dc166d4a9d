package org.iprassist;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The isolation harness with bearer tokens from the real Keycloak: every tenant endpoint, portal
 * and API, is called against {@code gx-nanning} with a token of {@code liuzhou-admin} (staff and
 * unit admin in the organization {@code gx-liuzhou}), and must be refused.
 */
@KeycloakIntegrationTest
class KeycloakIsolationHarnessTests extends TenantIsolationHarness {

	final KeycloakServer keycloak = KeycloakServer.started();

	String nanningToken;

	String liuzhouToken;

	@Override
	RequestPostProcessor asNanningMember() {
		if (nanningToken == null) {
			nanningToken = keycloak.token("gx", KeycloakTestRealms.TEST_CLIENT, "nanning-staff");
		}
		return KeycloakApiTests.bearer(nanningToken);
	}

	@Override
	RequestPostProcessor asLiuzhouAdmin() {
		return KeycloakApiTests.bearer(liuzhouToken);
	}

	@Override
	void prepareLiuzhouAdmin() {
		liuzhouToken = keycloak.token("gx", KeycloakTestRealms.TEST_CLIENT, "liuzhou-admin");
		try {
			mvc.perform(get("/api/v1/t/gx-liuzhou/staff").with(asLiuzhouAdmin())).andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
