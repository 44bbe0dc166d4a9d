package org.iprassist;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API with bearer tokens from the real Keycloak: the token's issuer names the province, its
 * organizations the units, its realm roles the product's roles. Tokens that are expired, tampered
 * with, from an untrusted realm or for another audience are refused with 401; a valid token of
 * another unit is refused with 403.
 */
@KeycloakIntegrationTest
class KeycloakApiTests {

	@Autowired
	MockMvc mvc;

	final KeycloakServer keycloak = KeycloakServer.started();

	@Test
	void aUnitMemberReadsAndWritesItsUnit() throws Exception {
		String token = token("nanning-staff");
		mvc.perform(put("/api/v1/t/gx-nanning/profile").with(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\":\"广西南宁市青秀区（令牌）\",\"phone\":\"0771-1111111\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.address").value("广西南宁市青秀区（令牌）"))
			.andExpect(jsonPath("$.profile.updatedBy").value("nanning-staff"));
	}

	@Test
	void anotherUnitsValidTokenIsForbidden() throws Exception {
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(token("liuzhou-staff"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/api/v1/t/gx-liuzhou/profile").with(bearer(token("liuzhou-staff"))))
			.andExpect(status().isOk());
	}

	@Test
	void aRegionalAdminReadsEveryUnitOfTheProvinceButWritesNone() throws Exception {
		String token = token("centre-admin");
		mvc.perform(get("/api/v1/t/gx-liuzhou/profile").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(put("/api/v1/t/gx-liuzhou/profile").with(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/r/gx/units").with(bearer(token))).andExpect(status().isOk());
	}

	@Test
	void platformRolesCountFromThePlatformIssuerOnly() throws Exception {
		mvc.perform(get("/api/v1/platform/units").with(bearer(token("platform-admin")))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/platform/units").with(bearer(token("centre-admin"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(token("platform-admin"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void noTokenIsUnauthorized() throws Exception {
		mvc.perform(get("/api/v1/t/gx-nanning/profile"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTamperedTokenIsUnauthorized() throws Exception {
		String token = token("liuzhou-staff");
		String[] parts = token.split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"gx-liuzhou\"");
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims.replace("\"gx-liuzhou\"", "\"gx-nanning\"").getBytes(StandardCharsets.UTF_8));
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(parts[0] + "." + forged + "." + parts[2])))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aTokenOfAnUntrustedRealmIsUnauthorized() throws Exception {
		String foreign = keycloak.token("zz", KeycloakTestRealms.TEST_CLIENT, "nanning-staff");
		assertThat(claim(foreign, "$.iss")).isEqualTo(keycloak.issuer("zz"));
		assertThat(claim(foreign, "$.organization[0]")).isEqualTo("gx-nanning");
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(foreign))).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenForAnotherAudienceIsUnauthorized() throws Exception {
		String token = keycloak.token("gx", KeycloakTestRealms.OTHER_AUDIENCE_CLIENT, "nanning-staff");
		assertThat(payload(token)).contains("\"gx-nanning\"").doesNotContain("ipr-api");
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredTokenIsUnauthorized() throws Exception {
		String token = keycloak.token("gx", KeycloakTestRealms.SHORT_LIVED_CLIENT, "nanning-staff");
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(token))).andExpect(status().isOk());
		Instant expiry = Instant.ofEpochSecond(((Number) JsonPath.read(payload(token), "$.exp")).longValue());
		assertThat(expiry).isBefore(Instant.now().plusSeconds(KeycloakTestRealms.SHORT_LIFESPAN_SECONDS + 1));
		await().atMost(Duration.ofSeconds(KeycloakTestRealms.SHORT_LIFESPAN_SECONDS + 10))
			.untilAsserted(() -> mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(token)))
				.andExpect(status().isUnauthorized()));
		assertThat(Instant.now()).as("refused only once expired").isAfter(expiry);
	}

	private String token(String username) {
		return keycloak.token("gx", KeycloakTestRealms.TEST_CLIENT, username);
	}

	static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private static String payload(String token) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
	}

	private static String claim(String token, String path) {
		return JsonPath.read(payload(token), path);
	}
}
