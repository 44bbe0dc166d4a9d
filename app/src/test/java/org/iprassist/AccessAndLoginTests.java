package org.iprassist;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may enter which unit, how refusals look, and the local login rules: lockout after five
 * failures without revealing which accounts exist, the password policy and the idle timeout.
 */
@IprIntegrationTest
class AccessAndLoginTests {

	static final String PASSWORD = "Demo-Passw0rd";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nanningStaffSeesNanningAndIsRefusedLiuzhouWithAnAuditEntry() throws Exception {
		Cookie session = login("nanning-staff", PASSWORD);
		mvc.perform(get("/t/gx-nanning/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中国（广西）知识产权维权援助南宁分中心")));
		int before = deniedEntries("nanning-staff", "gx-liuzhou");
		mvc.perform(get("/t/gx-liuzhou/").cookie(session))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权访问")))
			.andExpect(content().string(not(containsString("柳州分中心工作"))));
		assertThat(deniedEntries("nanning-staff", "gx-liuzhou")).isEqualTo(before + 1);
	}

	@Test
	void unknownAndMalformedUnitsAreAnsweredWithoutA500() throws Exception {
		mvc.perform(get("/t/gx-atlantis/").with(httpBasic("nanning-staff", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/t/gx-atlantis/profile").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("gx-atlantis")));
		mvc.perform(get("/api/v1/t/GX..Bad/profile").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		mvc.perform(get("/api/v1/t/gx-nanning/staff/not-a-uuid").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/t/gx-nanning/staff").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"phone\":\"not a phone\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("姓名")));
	}

	@Test
	void aRegionalAdminReadsItsProvinceButDoesNotWriteThere() throws Exception {
		mvc.perform(get("/t/gx-nanning/").with(httpBasic("centre-admin", PASSWORD))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/t/gx-nanning/staff").with(httpBasic("centre-admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Intruder\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/units").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(3)));
		mvc.perform(get("/r/gx/").with(httpBasic("nanning-staff", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void aPlatformAdminOnboardsButSeesNoBusinessData() throws Exception {
		mvc.perform(get("/platform/").with(httpBasic("platform-admin", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/t/gx-nanning/").with(httpBasic("platform-admin", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/platform/").with(httpBasic("nanning-staff", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void unitsListsOnlyWhatTheCallerMayEnter() throws Exception {
		mvc.perform(get("/api/v1/units").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[*].code", hasItem("gx-nanning")));
		mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
	}

	@Test
	void fiveFailuresLockANameForEveryoneAlikeEvenWithTheRightPassword() throws Exception {
		for (String name : new String[] { "liuzhou-staff", "no-such-person" }) {
			for (int attempt = 1; attempt < 5; attempt++) {
				mvc.perform(formLogin().user(name).password("wrong-Passw0rd")).andExpect(redirectedUrl("/login?error"));
			}
			mvc.perform(formLogin().user(name).password("wrong-Passw0rd")).andExpect(redirectedUrl("/login?locked"));
			mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		}
		mvc.perform(get("/login?locked")).andExpect(content().string(containsString("15 分钟")));
		jdbc.sql("delete from login_attempt").update();
		mvc.perform(formLogin().user("liuzhou-staff").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void passwordsFollowThePolicy() throws Exception {
		Cookie session = login("centre-admin", PASSWORD);
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "alllowercase"))
			.andExpect(content().string(containsString("至少 10 位")));
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "Another-Passw0rd"))
			.andExpect(content().string(containsString("密码已修改")));
		login("centre-admin", "Another-Passw0rd");
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", "Another-Passw0rd")
			.param("newPassword", PASSWORD))
			.andExpect(content().string(containsString("密码已修改")));
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutes() throws Exception {
		login("nanning-staff", PASSWORD);
		assertThat(jdbc.sql("select max(MAX_INACTIVE_INTERVAL) from SPRING_SESSION where PRINCIPAL_NAME = 'nanning-staff'")
			.query(Integer.class)
			.single()).isEqualTo(1800);
	}

	@Test
	void anonymousVisitorsAreSentToLogInNeverShownAnEmptyPage() throws Exception {
		mvc.perform(get("/t/gx-nanning/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/t/gx-nanning/profile"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		Cookie session = login("nanning-staff", PASSWORD);
		mvc.perform(post("/t/gx-nanning/staff").cookie(session).param("name", "No Token"))
			.andExpect(status().isForbidden());
	}

	/**
	 * Logs in through the login form; sessions live in Spring Session, so the session is its cookie.
	 */
	private Cookie login(String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private int deniedEntries(String actor, String unit) {
		return jdbc.sql("select count(*) from audit_entry where actor = ? and unit_code = ? and action = 'tenant.access-denied'")
			.params(actor, unit)
			.query(Integer.class)
			.single();
	}
}
