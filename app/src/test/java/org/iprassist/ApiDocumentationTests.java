package org.iprassist;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API describes itself and the operators can watch it: OpenAPI lists the tenant, regional and
 * platform endpoints, health answers without a login, Prometheus metrics need an administrator.
 */
@IprIntegrationTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void openApiListsTheEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/t/{unit}/profile']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/platform/units']").exists());
	}

	@Test
	void healthAnswersWithoutALogin() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusMetricsNeedAnAdministratorAndShowTheOnePool() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("nanning-staff", "Demo-Passw0rd")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("platform-admin", "Demo-Passw0rd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hikaricp_connections_max{pool=\"ipr-default\"")));
	}
}
