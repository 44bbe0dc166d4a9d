package org.iprassist;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.iprassist.KeycloakApiTests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A token of one province never opens another province's unit, even when its realm claims that
 * unit's organization and grants every role. The realm {@code gd} (a copy of {@code gx}: its users
 * are members of organizations named {@code gx-nanning} and so on) is refused until the tenant store
 * knows it; once a province {@code gd} with that issuer is onboarded, its tokens are accepted, but
 * only for {@code gd}: the {@code gx-*} organizations it claims are ignored, its regional admin
 * oversees {@code gd} only, and its platform admin role does not count.
 */
@KeycloakIntegrationTest
class KeycloakProvinceIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final KeycloakServer keycloak = KeycloakServer.started();

	@Test
	void aTrustedRealmOfAnotherProvinceOpensNoUnitOfThisOne() throws Exception {
		String nanningInGd = keycloak.token("gd", KeycloakTestRealms.TEST_CLIENT, "nanning-staff");
		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(nanningInGd)))
			.andExpect(status().isUnauthorized());

		onboardProvinceGd();

		mvc.perform(get("/api/v1/t/gx-nanning/profile").with(bearer(nanningInGd))).andExpect(status().isForbidden());
		String centreAdminInGd = keycloak.token("gd", KeycloakTestRealms.TEST_CLIENT, "centre-admin");
		mvc.perform(get("/api/v1/r/gd/units").with(bearer(centreAdminInGd))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/r/gx/units").with(bearer(centreAdminInGd))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/t/gx-liuzhou/profile").with(bearer(centreAdminInGd)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/platform/units").with(bearer(keycloak.token("gd", KeycloakTestRealms.TEST_CLIENT,
				"platform-admin"))))
			.andExpect(status().isForbidden());
	}

	/**
	 * There is no API for provinces yet: the row goes in by SQL, and registering the province's
	 * first unit through the platform API refreshes the tenant store's snapshot.
	 */
	private void onboardProvinceGd() throws Exception {
		jdbc.sql("insert into province (code, name, issuer_uri) values ('gd', '广东省', ?)")
			.param(keycloak.issuer("gd"))
			.update();
		mvc.perform(post("/api/v1/platform/units")
			.with(bearer(keycloak.token("gx", KeycloakTestRealms.TEST_CLIENT, "platform-admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"gd-centre","provinceCode":"gd","name":"中国（广东）知识产权维权援助中心","type":"REGIONAL_CENTRE","city":"广州市"}"""))
			.andExpect(status().isAccepted());
	}
}
