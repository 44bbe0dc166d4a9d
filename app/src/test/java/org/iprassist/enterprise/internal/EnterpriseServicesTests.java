package org.iprassist.enterprise.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.iprassist.IprIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Enterprise services on the whole application, with Beihai as the sub-centre: a bad credit code
 * brings the form back with its message and saves nothing, the API answers problem details, and
 * Beihai's plan and three visits fill its item-13 cell of the 2020 appraisal through the real
 * event path, no upload. The clock stands in April 2020, when the plan was due.
 */
@IprIntegrationTest
@Tag("database")
@TestPropertySource(properties = "ipr.test.units=gx-centre,gx-beihai")
class EnterpriseServicesTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final RequestPostProcessor BEIHAI = httpBasic("beihai-staff", PASSWORD);

	static final RequestPostProcessor CENTRE_ADMIN = httpBasic("centre-admin", PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@TestConfiguration
	static class Config {

		/** 2020-04-20 10:00 in the network's zone, moving on with the real time. */
		@Bean
		@Primary
		Clock april2020(@Qualifier("clock") Clock system) {
			ZoneId zone = system.getZone();
			Duration back = Duration.between(Instant.parse("2020-04-20T02:00:00Z"), system.instant());
			return new Clock() {
				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return this;
				}

				@Override
				public Instant instant() {
					return system.instant().minus(back);
				}
			};
		}
	}

	@Test
	void aBadCreditCodeBringsTheFormBackWithItsMessageAndSavesNothing() throws Exception {
		mvc.perform(post("/t/gx-beihai/enterprises").with(BEIHAI)
			.with(csrf())
			.param("name", "北海某海洋生物有限公司")
			.param("creditCode", "91450500MA5L00000X")
			.param("size", "SMALL"))
			.andExpect(status().isOk())
			.andExpect(view().name("enterprise/enterprise-form"))
			.andExpect(content().string(containsString("creditCode-error")))
			.andExpect(content().string(containsString("北海某海洋生物有限公司")));
		mvc.perform(get("/api/v1/t/gx-beihai/enterprises").with(BEIHAI))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == '北海某海洋生物有限公司')]").isEmpty());
		mvc.perform(get("/t/gx-beihai/enterprises").with(BEIHAI))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("北海某海洋生物有限公司"))));
	}

	@Test
	void theApiAnswersProblemDetailsForABadCodeAndADuplicate() throws Exception {
		mvc.perform(post("/api/v1/t/gx-beihai/enterprises").with(BEIHAI)
			.contentType(MediaType.APPLICATION_JSON)
			.content(enterprise("北海某渔具有限公司", "91450500MA5L00001X")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("GB 32100")));
		mvc.perform(post("/api/v1/t/gx-beihai/enterprises").with(BEIHAI)
			.contentType(MediaType.APPLICATION_JSON)
			.content(enterprise("北海某渔具有限公司", "91450500MA5L00001M"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/t/gx-beihai/enterprises").with(BEIHAI)
			.contentType(MediaType.APPLICATION_JSON)
			.content(enterprise("北海某渔具有限公司（重复）", "91450500MA5L00001M")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/t/gx-beihai/visit-plans/submission").with(BEIHAI)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":1999}")).andExpect(status().isBadRequest());
	}

	@Test
	void beihaisPlanAndThreeVisitsMeetItem13WithoutAnUpload() throws Exception {
		assertThat(cell("gx-beihai", 13)).isNotEqualTo("MET");
		List<String> ids = new ArrayList<>();
		String[][] enterprises = { { "北海某电子有限公司", "91450500MA5L00002Q" }, { "北海某食品有限公司", "91450300MA5L00003H" } };
		for (String[] e : enterprises) {
			String created = mvc.perform(post("/api/v1/t/gx-beihai/enterprises").with(BEIHAI)
				.contentType(MediaType.APPLICATION_JSON)
				.content(enterprise(e[0], e[1])))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			ids.add(JsonPath.read(created, "$.id"));
		}
		mvc.perform(put("/api/v1/t/gx-beihai/visit-plans").with(BEIHAI)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2020,\"enterpriseIds\":[\"" + ids.get(0) + "\",\"" + ids.get(1) + "\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(post("/api/v1/t/gx-beihai/visit-plans/submission").with(BEIHAI)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2020}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		String[] days = { "2020-03-10", "2020-04-01", "2020-04-15" };
		for (int i = 0; i < days.length; i++) {
			mvc.perform(post("/api/v1/t/gx-beihai/visits").with(BEIHAI)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enterpriseId\":\"" + ids.get(i % 2) + "\",\"visitedOn\":\"" + days[i]
						+ "\",\"staff\":\"北海分中心 李工\",\"services\":[\"POLICY_BRIEFING\"],"
						+ "\"needs\":[{\"description\":\"专利申请辅导\",\"owner\":\"李工\",\"dueOn\":\"2020-05-30\"}]}"))
				.andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/t/gx-beihai/visits").with(BEIHAI)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\":\"" + ids.get(0) + "\",\"visitedOn\":\"2020-05-01\",\"staff\":\"x\","
					+ "\"services\":[\"TRAINING\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		mvc.perform(get("/api/v1/t/gx-centre/visit-plans/network?year=2020").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.unitCode == 'gx-beihai')].status").value("SUBMITTED"))
			.andExpect(jsonPath("$[?(@.unitCode == 'gx-beihai')].visits").value(3));
		mvc.perform(get("/t/gx-centre/visit-plans/network?year=2020&show=gx-beihai").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("北海某电子有限公司")));
		mvc.perform(get("/api/v1/t/gx-beihai/visit-plans/network?year=2020").with(BEIHAI)).andExpect(status().isForbidden());
		mvc.perform(post("/t/gx-beihai/enterprise/through-train").with(BEIHAI)
			.with(csrf())
			.param("enterprise", "北海某电子有限公司")
			.param("creditCode", "91450500MA5L00002Q")
			.param("service", "展会知识产权快速维权指导")
			.param("servedOn", "2020-04-10"));
		mvc.perform(get("/t/gx-beihai/enterprises/" + ids.get(0)).with(BEIHAI))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("展会知识产权快速维权指导")))
			.andExpect(content().string(containsString("2020-04-15")));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(cell("gx-beihai", 13)).isEqualTo("MET"));
		assertThat(jdbc.sql("select count(*) from appraisal_evidence where unit_code = 'gx-beihai'").query(Integer.class).single())
			.isZero();
	}

	private static String enterprise(String name, String creditCode) {
		return "{\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode + "\",\"size\":\"SMALL\",\"city\":\"北海市\","
				+ "\"contactName\":\"陈经理\",\"contactPhone\":\"13907790001\"}";
	}

	private String cell(String unit, int seq) throws Exception {
		String progress = mvc.perform(get("/api/v1/r/gx/progress?year=2020").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String itemId = jdbc.sql("""
				select i.id from appraisal_work_item i join appraisal_plan p on p.id = i.plan_id
				where p.province_code = 'gx' and p.plan_year = 2020 and p.version = 1 and i.seq = ?""")
			.param(seq)
			.query(String.class)
			.single();
		return JsonPath.read(progress, "$.matrix['" + unit + "']['" + itemId + "']");
	}
}
