package org.iprassist;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The way into the portal in keycloak mode: a browser is sent to the login page, which has no
 * local password form but one button per trusted province realm; the authorization request uses
 * PKCE (S256) for the portal client and asks for the {@code organization} scope; a province without
 * a realm is no login route.
 */
@KeycloakIntegrationTest
class KeycloakLoginPageTests {

	@Autowired
	MockMvc mvc;

	final KeycloakServer keycloak = KeycloakServer.started();

	@Test
	void withoutABrowserAPortalPageAsksForABearerToken() throws Exception {
		mvc.perform(get("/t/gx-nanning/"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
	}

	@Test
	void aPortalPageSendsToTheLoginPageWhichOffersTheProvinceRealm() throws Exception {
		mvc.perform(get("/t/gx-nanning/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/oauth2/authorization/gx\""),
					not(containsString("id=\"password\"")))));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("统一身份认证登录未成功")));
	}

	@Test
	void theAuthorizationRequestUsesPkceAndAsksForOrganizations() throws Exception {
		mvc.perform(get("/oauth2/authorization/gx"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", allOf(startsWith(keycloak.issuer("gx") + "/protocol/openid-connect/auth"),
					containsString("client_id=ipr-portal"), containsString("code_challenge_method=S256"),
					containsString("code_challenge="), containsString("organization"))));
		mvc.perform(get("/oauth2/authorization/zz").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
	}
}
