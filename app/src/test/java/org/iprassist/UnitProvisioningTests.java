package org.iprassist;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;

import org.iprassist.core.tenancy.TenancyProperties;
import org.iprassist.core.tenancy.UnitCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Onboarding a unit through the platform API: the happy path up to the unit's first administrator
 * working in its portal (with its seal made before anything is issued), every kind of bad input, and a
 * provisioning that fails half-way and completes on retry without a half-migrated schema ever
 * claiming to be ready.
 */
@IprIntegrationTest
@Tag("database")
class UnitProvisioningTests {

	static final String ADMIN = "platform-admin";

	static final String PASSWORD = "Demo-Passw0rd";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenancyProperties tenancy;

	@Test
	void provisionsANewUnitToReady() throws Exception {
		register("gx-ftz-test", "WORKSTATION", "gx-centre").andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/v1/platform/units/gx-ftz-test"))
			.andExpect(jsonPath("$.lifecycle").value("PLANNED"));
		awaitProvisioning("gx-ftz-test", "READY");
		assertThat(jdbc.sql("select count(*) from unit where code = 'gx-ftz-test' and changelog_version is not null")
			.query(Integer.class)
			.single()).isEqualTo(1);
		String schema = new UnitCode("gx-ftz-test").schemaName(tenancy.schemaPrefix());
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
				jdbc.sql("select count(*) from " + schema + ".unit_seal").query(Integer.class).single())
			.as("the new unit's signing key and certificate, made at provisioning")
			.isEqualTo(1));
		assertThat(jdbc.sql("select count(*) from " + schema + ".case_document").query(Integer.class).single())
			.as("documents issued").isZero();
		mvc.perform(get("/api/v1/units").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(jsonPath("$.content[*].code", hasItem("gx-ftz-test")));

		mvc.perform(post("/api/v1/platform/units/gx-ftz-test/admins").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ftz-admin\",\"displayName\":\"自贸区管理员\",\"password\":\"weak\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/platform/units/gx-ftz-test/admins").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ftz-admin\",\"displayName\":\"自贸区管理员\",\"password\":\"Ftz-Admin-2020\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/platform/units/gx-ftz-test/admins").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ftz-admin\",\"displayName\":\"又一个\",\"password\":\"Ftz-Admin-2020\"}"))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/t/gx-ftz-test/profile").with(httpBasic("ftz-admin", "Ftz-Admin-2020"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\":\"南宁市良庆区\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.address").value("南宁市良庆区"));
	}

	@Test
	void refusesABadUnitCodeWithAMessage() throws Exception {
		register("GX_Bad!", "SUB_CENTRE", "gx-centre").andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("单位代码")));
		assertThat(unitCount("GX_Bad!")).isZero();
	}

	@Test
	void refusesADuplicate() throws Exception {
		register("gx-nanning", "SUB_CENTRE", "gx-centre").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("gx-nanning")));
	}

	@Test
	void refusesAnUnknownParentOrProvince() throws Exception {
		register("gx-orphan", "SUB_CENTRE", "gx-nowhere").andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/platform/units").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"zz-unit","provinceCode":"zz","name":"x","type":"REGIONAL_CENTRE","city":"x"}"""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/platform/units").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/platform/units").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"gx-far","provinceCode":"gx","name":"x","type":"WORKSTATION","parentCode":"gx-centre",
					 "city":"x","serverKey":"beijing-2"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("beijing-2")));
		assertThat(unitCount("gx-orphan") + unitCount("zz-unit") + unitCount("gx-far")).isZero();
	}

	@Test
	void onlyPlatformAdminsOnboard() throws Exception {
		mvc.perform(post("/api/v1/platform/units").with(httpBasic("centre-admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("gx-sneaky", "WORKSTATION", "gx-centre")))
			.andExpect(status().isForbidden());
		assertThat(unitCount("gx-sneaky")).isZero();
	}

	@Test
	void aFailedProvisioningStaysPlannedAndNotReadyUntilARetryCompletesIt() throws Exception {
		String schema = new UnitCode("gx-halfway").schemaName(tenancy.schemaPrefix());
		jdbc.sql("create schema " + schema).update();
		jdbc.sql("create table " + schema + ".staff_member (blocking int)").update();

		register("gx-halfway", "WORKSTATION", "gx-centre").andExpect(status().isAccepted());
		awaitProvisioning("gx-halfway", "FAILED");
		mvc.perform(get("/api/v1/platform/units/gx-halfway").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(jsonPath("$.lifecycle").value("PLANNED"))
			.andExpect(jsonPath("$.provisioningError", containsString("staff_member")));
		mvc.perform(get("/api/v1/t/gx-halfway/profile").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(status().isServiceUnavailable());

		jdbc.sql("drop table " + schema + ".staff_member").update();
		mvc.perform(post("/api/v1/platform/units/gx-halfway/provisioning").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isAccepted());
		awaitProvisioning("gx-halfway", "READY");
		mvc.perform(get("/api/v1/t/gx-halfway/staff").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	private ResultActions register(String code, String type, String parent)
			throws Exception {
		return mvc.perform(post("/api/v1/platform/units").with(httpBasic(ADMIN, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(code, type, parent)));
	}

	private static String body(String code, String type, String parent) {
		return """
				{"code":"%s","provinceCode":"gx","name":"测试单位 %s","type":"%s","parentCode":"%s","city":"南宁市"}"""
			.formatted(code, code, type, parent);
	}

	private void awaitProvisioning(String code, String status) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			String body = mvc.perform(get("/api/v1/platform/units/" + code).with(httpBasic(ADMIN, PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((String) JsonPath.read(body, "$.provisioning")).isEqualTo(status);
		});
	}

	private int unitCount(String code) {
		return jdbc.sql("select count(*) from unit where code = ?").param(code).query(Integer.class).single();
	}
}
