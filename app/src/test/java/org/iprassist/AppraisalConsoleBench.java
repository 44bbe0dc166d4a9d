package org.iprassist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import iprassist.testsupport.TestDatabase;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.TenantWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bench (run by {@code bench/appraisal} with {@code -Dipr.bench=appraisal}, on MariaDB): the regional console over 100 units and
 * 1,000,000 counted events. The province gets 79 more provisioned units (100 in all); each unit's
 * event publication table gets 10,000 completed publications of ten event types spread over 2020,
 * and the platform read model the same events (ledger and counters), as the listener would have
 * written them. Figures: p95 of the console page {@code /r/gx/appraisal} and of the matrix API,
 * against a naive console query that fans out over every unit's schema and aggregates its event
 * history there (database work only, so generous to the naive side), measured in the same run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = AppraisalConsoleBench.OnMariaDb.class)
@EnabledIfSystemProperty(named = "ipr.bench", matches = "appraisal")
class AppraisalConsoleBench {

	static final int UNITS = 100;

	static final int EVENTS_PER_UNIT = Integer.getInteger("bench.events-per-unit", 10_000);

	static final String TYPES = "'cases.OpinionLetterIssued','cases.ComplaintReceived','cases.ComplaintTransferred',"
			+ "'cases.EcommerceCaseDetermined','cases.ExhibitionStationed','enterprise.VisitMade',"
			+ "'training.SeminarHeld','publicity.NewsPosted','publicity.PublicityEventHeld','experts.VolunteerActivityHeld'";

	@Autowired
	TenantWork tenantWork;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantDirectory tenants;

	@Test
	void regionalConsoleOverAHundredUnitsAndAMillionEvents() throws Exception {
		long started = System.nanoTime();
		int existing = unitsOfGx();
		for (int i = existing + 1; i <= UNITS; i++) {
			String code = String.format("gx-bench-%03d", i);
			mvc.perform(post("/api/v1/platform/units").with(httpBasic("platform-admin", "Demo-Passw0rd"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"provinceCode\":\"gx\",\"name\":\"基准测试分中心" + i
						+ "\",\"type\":\"" + (i % 4 == 0 ? "WORKSTATION" : "SUB_CENTRE")
						+ "\",\"parentCode\":\"gx-centre\",\"city\":\"南宁市\"}"))
				.andExpect(status().isAccepted());
		}
		await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(2))
			.until(() -> tenants.readyTenants().stream().filter(t -> "gx".equals(t.provinceCode())).count() == UNITS);
		System.out.printf("BENCH appraisal: %d units ready after %d s%n", UNITS, (System.nanoTime() - started) / 1_000_000_000);

		List<TenantDescriptor> units = tenants.readyTenants().stream().filter(t -> "gx".equals(t.provinceCode())).toList();
		started = System.nanoTime();
		for (TenantDescriptor unit : units) {
			String code = unit.code().value();
			String type = "elt(1 + seq % 10, " + TYPES + ")";
			String day = "date_add('2020-01-01', interval (seq * 7 + " + code.length() + ") % 366 day)";
			tenantWork.unit(unit.code()).run(() -> jdbc.sql("insert into EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, "
					+ "SERIALIZED_EVENT, PUBLICATION_DATE, COMPLETION_DATE, STATUS, COMPLETION_ATTEMPTS) select uuid(), "
					+ "'bench', concat('org.iprassist.', " + type + "), json_object('unitCode', '" + code
					+ "', 'occurredOn', " + day + "), now(6), now(6), 'COMPLETED', 1 from seq_1_to_" + EVENTS_PER_UNIT)
				.update());
			jdbc.sql("insert into appraisal_counted_event (event_id, province_code, unit_code, event_type, occurred_on, "
					+ "counted_at, payload) select uuid(), 'gx', '" + code + "', " + type + ", " + day + ", now(), "
					+ "json_object('unitCode', '" + code + "') from seq_1_to_" + EVENTS_PER_UNIT)
				.update();
		}
		jdbc.sql("delete from appraisal_counter where province_code = 'gx'").update();
		jdbc.sql("insert into appraisal_counter (province_code, plan_year, event_type, unit_code, month_of_year, total) "
				+ "select province_code, year(occurred_on), event_type, unit_code, month(occurred_on), count(*) "
				+ "from appraisal_counted_event group by province_code, year(occurred_on), event_type, unit_code, "
				+ "month(occurred_on)")
			.update();
		int counted = jdbc.sql("select count(*) from appraisal_counted_event where province_code = 'gx'")
			.query(Integer.class)
			.single();
		assertThat(counted).isGreaterThanOrEqualTo(UNITS * EVENTS_PER_UNIT);
		System.out.printf("BENCH appraisal: %,d counted events (%,d counter rows) loaded in %d s%n", counted,
				jdbc.sql("select count(*) from appraisal_counter").query(Integer.class).single(),
				(System.nanoTime() - started) / 1_000_000_000);

		var admin = user(new IprUser(UUID.randomUUID(), "centre-admin", "区中心管理员", "", true,
				List.of(Membership.province("gx", Role.REGIONAL_ADMIN), Membership.unit("gx-centre", Role.UNIT_ADMIN))));
		List<Long> page = measure(50, () -> mvc.perform(get("/r/gx/appraisal").with(admin))
			.andExpect(status().isOk()));
		List<Long> api = measure(50, () -> mvc.perform(get("/api/v1/r/gx/progress?year=2020").with(admin))
			.andExpect(status().isOk()));
		List<Long> naive = measure(5, () -> {
			int rows = 0;
			for (TenantDescriptor unit : units) {
				rows += tenantWork.unit(unit.code()).call(() -> jdbc.sql("""
						select EVENT_TYPE, month(json_value(SERIALIZED_EVENT, '$.occurredOn')) m, count(*)
						from EVENT_PUBLICATION
						where json_value(SERIALIZED_EVENT, '$.occurredOn') between '2020-01-01' and '2020-12-31'
						group by EVENT_TYPE, m""").query((rs, n) -> rs.getInt(3)).list().size());
			}
			assertThat(rows).isPositive();
		});
		System.out.printf("BENCH appraisal: console page /r/gx/appraisal p50 %d ms, p95 %d ms (target <= 150 ms)%n",
				pct(page, 50), pct(page, 95));
		System.out.printf("BENCH appraisal: matrix API /api/v1/r/gx/progress p50 %d ms, p95 %d ms%n", pct(api, 50),
				pct(api, 95));
		System.out.printf("BENCH appraisal: naive fan-out over %d unit schemas p50 %d ms, p95 %d ms%n", units.size(),
				pct(naive, 50), pct(naive, 95));
		System.out.printf("BENCH appraisal: ratio naive / console page (p95) = %.1fx (target >= 10x)%n",
				(double) pct(naive, 95) / Math.max(1, pct(page, 95)));
	}

	private int unitsOfGx() {
		return jdbc.sql("select count(*) from unit where province_code = 'gx'").query(Integer.class).single();
	}

	private static List<Long> measure(int times, Work work) throws Exception {
		for (int i = 0; i < Math.min(20, times); i++) {
			work.run();
		}
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			work.run();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		Collections.sort(millis);
		return millis;
	}

	private static long pct(List<Long> sorted, int percentile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}

	/** A fresh platform database and tenant prefix on the local MariaDB, dropped afterwards. */
	static class OnMariaDb implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String id = java.util.UUID.randomUUID().toString().substring(0, 8);
			String platform = "ipr_bench_" + id;
			String prefix = "b" + id + "_";
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("appraisal-bench", java.util.Map.of("spring.datasource.url",
						TestDatabase.mariaDbServerUrl() + platform + TestDatabase.MARIADB_OPTIONS,
						"spring.datasource.username", "root", "spring.datasource.password", "",
						"ipr.tenancy.schema-prefix", prefix, "spring.datasource.hikari.maximum-pool-size", "20")));
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					TestDatabase.dropMariaDbSchemas(platform, prefix);
				}
			});
		}
	}

	@FunctionalInterface
	interface Work {

		void run() throws Exception;
	}
}
