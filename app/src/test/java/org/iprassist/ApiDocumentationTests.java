package org.iprassist;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API describes itself: OpenAPI lists the tenant, regional and platform endpoints, and health
 * answers without a login.
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
}
