package org.iprassist;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.iprassist.KeycloakApiTests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Provisioning in keycloak mode creates the unit's organization in its province's realm; with
 * Keycloak down the unit stays {@code PLANNED} and {@code FAILED} with the error, and a retry once
 * Keycloak is back completes it. An organization that already exists counts as created.
 */
@KeycloakIntegrationTest
class KeycloakProvisioningTests {

	@Autowired
	MockMvc mvc;

	final KeycloakServer keycloak = KeycloakServer.started();

	@Test
	void seededUnitsWhoseOrganizationsExistAreProvisioned() throws Exception {
		assertThat(keycloak.organizationAliases("gx")).contains("gx-centre", "gx-nanning", "gx-liuzhou");
		String body = mvc.perform(get("/api/v1/platform/units?size=100").with(bearer(platformAdmin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> seeded = JsonPath.<List<Map<String, Object>>>read(body, "$.content[*]")
			.stream()
			.filter(unit -> "gx".equals(unit.get("provinceCode")) && !unit.get("code").toString().startsWith("gx-kc-"))
			.toList();
		assertThat(seeded).hasSize(3).allSatisfy(unit -> assertThat(unit.get("provisioning")).isEqualTo("READY"));
	}

	@Test
	void provisioningCreatesTheUnitsOrganization() throws Exception {
		String token = platformAdmin();
		assertThat(keycloak.organizationAliases("gx")).doesNotContain("gx-kc-new");
		register(token, "gx-kc-new").andExpect(status().isAccepted());
		awaitProvisioning(token, "gx-kc-new", "READY");
		assertThat(keycloak.organizationAliases("gx")).contains("gx-kc-new");
	}

	@Test
	void withKeycloakDownTheUnitStaysPlannedAndFailedUntilARetry() throws Exception {
		String token = platformAdmin();
		mvc.perform(get("/api/v1/platform/units/gx-centre").with(bearer(token))).andExpect(status().isOk());
		keycloak.stop();
		try {
			register(token, "gx-kc-down").andExpect(status().isAccepted());
			awaitProvisioning(token, "gx-kc-down", "FAILED");
			mvc.perform(get("/api/v1/platform/units/gx-kc-down").with(bearer(token)))
				.andExpect(jsonPath("$.lifecycle").value("PLANNED"))
				.andExpect(jsonPath("$.provisioningError",
						allOf(containsString("Keycloak not reachable"), containsString("gx-kc-down"))));
		}
		finally {
			keycloak.start(false);
		}
		assertThat(keycloak.organizationAliases("gx")).doesNotContain("gx-kc-down");
		mvc.perform(post("/api/v1/platform/units/gx-kc-down/provisioning").with(bearer(token)))
			.andExpect(status().isAccepted());
		awaitProvisioning(token, "gx-kc-down", "READY");
		assertThat(keycloak.organizationAliases("gx")).contains("gx-kc-down");
	}

	private String platformAdmin() {
		return keycloak.token("gx", KeycloakTestRealms.TEST_CLIENT, "platform-admin");
	}

	private ResultActions register(String token, String code) throws Exception {
		return mvc.perform(post("/api/v1/platform/units").with(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","provinceCode":"gx","name":"统一身份认证测试工作站 %s","type":"WORKSTATION","parentCode":"gx-centre","city":"南宁市"}"""
				.formatted(code, code)));
	}

	private void awaitProvisioning(String token, String code, String status) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			String body = mvc.perform(get("/api/v1/platform/units/" + code).with(bearer(token)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((String) JsonPath.read(body, "$.provisioning")).isEqualTo(status);
		});
	}
}
