package org.iprassist;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.iprassist.core.tenancy.TenantWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Event publications as earlier releases stored them (JSON in a unit's {@code EVENT_PUBLICATION},
 * under the class name of the day) still count after events stopped turning their instants into
 * days themselves: a recompute reads them back, puts each on the day it counted for before (an
 * instant at 00:30 in the network's zone is that day, not the UTC day before), under the type name
 * the event declares, with the event id it had (a name-based UUID over that name and the content,
 * so nothing counts twice), and finds a publication whose class has moved since.
 */
@IprIntegrationTest
@Tag("database")
class StoredEventsRecomputeTests {

	static final RequestPostProcessor CENTRE_ADMIN = httpBasic("centre-admin", "Demo-Passw0rd");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	@Test
	void storedPublicationsCountOnTheirDayUnderTheirDeclaredNameAfterARecompute() throws Exception {
		List<String> stored = new ArrayList<>();
		stored.add(store("org.iprassist.cases.EcommerceCaseReceived", """
				{"unitCode":"gx-liuzhou","caseId":"0f3c8a5e-5d0e-4c7e-9a65-2f1b0c1d2e01","caseNumber":"EC20310401-AB12CD34",\
				"platform":"淘宝","receivedAt":"2031-03-31T16:30:00Z"}"""));
		stored.add(store("org.iprassist.experts.consultations.ConsultationAnswered", """
				{"unitCode":"gx-liuzhou","consultationId":"5b6f0c1e-8f8a-4e55-b7a4-0d1c2b3a4f02",\
				"matterReference":"YZ-2031-000007","expertId":"9e8d7c6b-5a49-4382-9170-6f5e4d3c2b03",\
				"occurredAt":"2031-06-30T17:00:00Z"}"""));
		stored.add(store("org.iprassist.tenants.UnitProfileUpdated", """
				{"unitCode":"gx-liuzhou","occurredOn":"2031-05-31"}"""));

		recompute();

		List<String> counted = jdbc.sql("""
				select event_type, occurred_on, event_id, payload from appraisal_counted_event
				where unit_code = 'gx-liuzhou' and occurred_on >= '2031-01-01' order by occurred_on""")
			.query((rs, n) -> {
				String type = rs.getString(1);
				String id = UUID.nameUUIDFromBytes((type + "\n" + rs.getString(4)).getBytes(StandardCharsets.UTF_8))
					.toString();
				assertThat(rs.getString(3)).isEqualTo(id);
				assertThat(stored).as("the content hashed is the content stored").contains(rs.getString(4));
				return type + " " + rs.getDate(2).toLocalDate();
			})
			.list();
		assertThat(counted).containsExactly("cases.EcommerceCaseReceived 2031-04-01", "tenants.UnitProfileUpdated 2031-05-31",
				"experts.ConsultationAnswered 2031-07-01");
	}

	private String store(String eventType, String json) {
		work.unit("gx-liuzhou").run(() -> jdbc.sql("""
				insert into EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE,
				COMPLETION_DATE, STATUS, COMPLETION_ATTEMPTS) values (?, ?, ?, ?, ?, ?, 'COMPLETED', 1)""")
			.params(UUID.randomUUID().toString(), "org.iprassist.appraisal.internal.ProgressListener.on", eventType, json,
					Timestamp.from(Instant.parse("2031-07-02T00:00:00Z")), Timestamp.from(Instant.parse("2031-07-02T00:00:01Z")))
			.update());
		return json;
	}

	private void recompute() throws Exception {
		String job = mvc.perform(post("/api/v1/r/gx/progress/recomputations").with(CENTRE_ADMIN))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(job, "$.id");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc
			.perform(get("/api/v1/r/gx/progress/recomputations/" + id).with(CENTRE_ADMIN))
			.andExpect(jsonPath("$.finished").value(true)));
	}
}
