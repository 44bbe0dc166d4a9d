package org.iprassist.cases.ecommerce.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import iprassist.testsupport.EcommerceIntakeSample;
import iprassist.testsupport.TestDatabase;

import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.TenantWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-commerce figures: batch intake of 10,000 cases over loopback HTTP (20 requests of 500,
 * target at most 10 s), dispatch throughput (cases dispatched per second across two schemas each),
 * and the cost of one SLA sweep over 300 units holding 1,000 open cases. Runs only when asked:
 * {@code ./mvnw -B -ntp -pl app -am verify -Dtest=EcommerceBench -Dipr.bench=ecommerce
 * -Dsurefire.failIfNoSpecifiedTests=false}; with env {@code IPR_TEST_DB=mariadb} it runs again on MariaDB,
 * in the database suite's MariaDB execution (hence the tag; the property keeps it out of CI). Figures
 * are printed to the test output with the database and the load average. {@code -Dtest=EcommerceBench#intake}
 * runs the intake alone, without the minutes of provisioning 300 units that the sweep needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = { "ipr.ecommerce.delivery-interval=PT1H", "ipr.ecommerce.clock-sweep-interval=PT1H",
		"ipr.ecommerce.dispatch.redrive-interval=PT1H", "logging.level.root=warn" })
@EnabledIfSystemProperty(named = "ipr.bench", matches = "ecommerce")
@Tag("database")
class EcommerceBench {

	static final int UNITS = 300;

	static final int OPEN_CASES = 1000;

	@LocalServerPort
	int port;

	@Autowired
	TenantWork tenantWork;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	PlatformClientManagement clients;

	@Autowired
	EcommerceUnits units;

	@Autowired
	DispatchManagement dispatch;

	@Autowired
	EcommerceCases cases;

	@Autowired
	ClockSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void intake() throws Exception {
		var client = clients.register("bench", "gx", "gx-centre", "bench");
		post(client, batch("warm", 500));
		List<String> bodies = new ArrayList<>();
		for (int request = 0; request < 20; request++) {
			bodies.add(batch("r" + request, 500));
		}
		await().atMost(Duration.ofMinutes(1)).until(() -> incompletePublications(units.in("gx-centre")) == 0);
		long[] countedBefore = countedReceipts();
		double cpuBefore = cpuSeconds();
		double serverCpuBefore = ServerSide.cpuSeconds();
		Map<String, Long> serverBefore = serverStatus();
		long start = System.nanoTime();
		for (int request = 0; request < 20; request++) {
			HttpResponse<String> answer = post(client, bodies.get(request));
			assertThat(answer.statusCode()).isEqualTo(200);
		}
		double intakeSeconds = (System.nanoTime() - start) / 1e9;
		double intakeCpu = cpuSeconds() - cpuBefore;
		double serverCpu = ServerSide.cpuSeconds() - serverCpuBefore;
		Map<String, Long> serverDuring = delta(serverBefore, serverStatus());
		TenantWork.Scope centre = units.in("gx-centre");
		long pending = incompletePublications(centre);
		long drainStart = System.nanoTime();
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> incompletePublications(centre) == 0);
		double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
		long stored = centre.call(() -> jdbc
			.sql("select count(*) from ecommerce_case where client_id = ?").param(client.clientId()).query(Long.class).single());
		assertThat(stored).isEqualTo(10_500);
		long[] counted = countedReceipts();
		assertThat(counted[0] - countedBefore[0]).as("receipts in appraisal's ledger").isEqualTo(10_000);
		assertThat(counted[1] - countedBefore[1]).as("receipts in appraisal's counters").isEqualTo(10_000);
		System.out.printf("BENCH intake (" + (TestDatabase.isMariaDb() ? "MariaDB" : "H2") + "): 10000 cases in 20 batches of 500: %.2f s wall (%.0f cases/s), %.2f s of CPU "
				+ "in the JVM (server and client; load average %.1f on %d cores)%n", intakeSeconds, 10_000 / intakeSeconds,
				intakeCpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		System.out.printf("BENCH intake: %d event publications still being handled when the last batch was answered, "
				+ "all handled %.2f s later; appraisal counted each of the 10000 receipts once%n", pending, drainSeconds);
		if (TestDatabase.isMariaDb()) {
			System.out.printf("BENCH intake on the server, per case: %s; %.2f s of MariaDB's CPU in all%n",
					perCase(serverDuring), serverCpu);
		}
	}

	/** The regional centre's e-commerce receipts as appraisal counted them: ledger rows and counter total. */
	private long[] countedReceipts() {
		return tenantWork.platform().call(() -> new long[] {
				jdbc.sql("select count(*) from appraisal_counted_event where unit_code = 'gx-centre' "
						+ "and event_type = 'cases.EcommerceCaseReceived'").query(Long.class).single(),
				jdbc.sql("select coalesce(sum(total), 0) from appraisal_counter where unit_code = 'gx-centre' "
						+ "and event_type = 'cases.EcommerceCaseReceived'").query(Long.class).single() });
	}

	private Map<String, Long> serverStatus() {
		if (!TestDatabase.isMariaDb()) {
			return Map.of();
		}
		Map<String, Long> status = new TreeMap<>();
		tenantWork.platform().call(() -> jdbc.sql("show global status where Variable_name in ('Questions', 'Com_select', "
				+ "'Com_insert', 'Com_update', 'Com_commit', 'Com_change_db', 'Innodb_data_fsyncs')")
			.query((rs, n) -> status.put(rs.getString(1), rs.getLong(2)))
			.list());
		return status;
	}

	private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> delta = new TreeMap<>();
		after.forEach((name, value) -> delta.put(name, value - before.getOrDefault(name, 0L)));
		return delta;
	}

	private static String perCase(Map<String, Long> counts) {
		StringBuilder text = new StringBuilder();
		counts.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ")
			.append(String.format("%s %.2f", name, value / 10_000.0)));
		return text.toString();
	}

	private long incompletePublications(TenantWork.Scope tenant) {
		return tenant.call(() -> jdbc.sql("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null")
			.query(Long.class)
			.single());
	}

	/** The database server's own CPU time, where it runs on this machine (MariaDB in the database suite). */
	static final class ServerSide {

		static double cpuSeconds() {
			try (var processes = Files.list(Path.of("/proc"))) {
				return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
					.filter(p -> command(p).equals("mariadbd") || command(p).equals("mysqld"))
					.findFirst()
					.map(ServerSide::ticks)
					.orElse(0.0);
			}
			catch (IOException ex) {
				return 0;
			}
		}

		private static String command(Path process) {
			try {
				return Files.readString(process.resolve("comm")).strip();
			}
			catch (IOException ex) {
				return "";
			}
		}

		private static double ticks(Path process) {
			try {
				String stat = Files.readString(process.resolve("stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
			}
			catch (IOException ex) {
				return 0;
			}
		}
	}

	@Test
	void dispatchAndSweep() throws Exception {
		var client = clients.register("bench-dispatch", "gx", "gx-centre", "bench");
		assertThat(post(client, batch("d", 300)).statusCode()).isEqualTo(200);
		TenantWork.Scope centre = units.in("gx-centre");
		List<UUID> toDispatch = centre.call(() -> jdbc
			.sql("select id from ecommerce_case where status = 'RECEIVED' and client_id = ?")
			.param(client.clientId())
			.query((rs, n) -> UUID.fromString(rs.getString(1)))
			.list());
		List<String> subCentres = units.subCentres("gx").stream().map(u -> u.code()).toList();
		long start = System.nanoTime();
		for (int i = 0; i < toDispatch.size(); i++) {
			UUID id = toDispatch.get(i);
			String target = subCentres.get(i % subCentres.size());
			centre.run(() -> dispatch.assign("gx-centre", id, target, "bench"));
		}
		double dispatchSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("BENCH dispatch: 300 cases to %d sub-centres, one at a time: %.2f s (%.0f dispatches/s, %.1f ms each)%n",
				subCentres.size(), dispatchSeconds, 300 / dispatchSeconds, dispatchSeconds * 1000 / 300);

		int existing = tenants.readyTenants().size();
		long provisionStart = System.nanoTime();
		for (int i = existing; i < UNITS; i++) {
			HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/api/v1/platform/units"))
				.header("Authorization", basic("platform-admin", "Demo-Passw0rd"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"gx-bench-" + i + "\",\"provinceCode\":\"gx\","
						+ "\"name\":\"压测工作站" + i + "\",\"type\":\"WORKSTATION\",\"parentCode\":\"gx-centre\",\"city\":\"南宁市\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(registered.statusCode()).isEqualTo(202);
		}
		await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(5)).until(() -> {
			retryFailedProvisionings();
			return tenants.readyTenants().size() >= UNITS;
		});
		System.out.printf("BENCH setup: %d units provisioned in %.0f s%n", UNITS - existing,
				(System.nanoTime() - provisionStart) / 1e9);

		List<TenantDescriptor> all = tenants.readyTenants();
		Instant now = clock.instant();
		for (int i = 0; i < OPEN_CASES; i++) {
			TenantDescriptor tenant = all.get(i % all.size());
			Instant received = now.minus(Duration.ofMinutes((i * 37L) % (30 * 60)));
			tenantWork.unit(tenant.code()).run(() -> jdbc.sql("insert into ecommerce_case (id, case_number, origin, platform, shop, "
					+ "listing_urls, product, right_holder, patent_number, patent_type, complained_party, claims, "
					+ "contact_name, received_at, status) values (?, ?, 'MANUAL', 'p', 's', 'https://x', 'p', 'h', "
					+ "'ZL201910123456.7', 'DESIGN', 'c', '权利要求1', 'n', ?, 'RECEIVED')")
				.params(UUID.randomUUID().toString(), "B" + UUID.randomUUID().toString().substring(0, 20),
						Timestamp.from(received))
				.update());
		}
		List<Double> runs = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (int run = 0; run < 4; run++) {
			double c = cpuSeconds();
			long t = System.nanoTime();
			sweep.sweepAll();
			runs.add((System.nanoTime() - t) / 1e6);
			cpu.add((cpuSeconds() - c) * 1000);
		}
		long alerts = all.stream()
			.mapToLong(t -> tenantWork.unit(t.code())
				.call(() -> jdbc.sql("select count(*) from ecommerce_alert").query(Long.class).single()))
			.sum();
		System.out.printf("BENCH sweep: %d units, %d open cases (+%d dispatched): first run %.0f ms (raising %d alerts), "
				+ "then %.0f / %.0f / %.0f ms (%.2f ms per unit); CPU %.0f ms first, %.0f ms steady%n", all.size(), OPEN_CASES,
				toDispatch.size(), runs.get(0), alerts, runs.get(1), runs.get(2), runs.get(3), runs.get(3) / all.size(),
				cpu.get(0), cpu.get(3));
	}

	/**
	 * Provisioning many units at once on H2 sometimes fails to create a schema; those are retried
	 * one at a time, as a platform admin would.
	 */
	private void retryFailedProvisionings() {
		tenantWork.platform().call(() -> jdbc.sql("select code from unit where provisioning_status = 'FAILED'")
			.query(String.class)
			.list()).forEach(code -> {
				try {
					http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/platform/units/" + code
							+ "/provisioning"))
						.header("Authorization", basic("platform-admin", "Demo-Passw0rd"))
						.POST(HttpRequest.BodyPublishers.noBody())
						.build(), HttpResponse.BodyHandlers.discarding());
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
	}

	private HttpResponse<String> post(PlatformClientManagement.Registered client, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intake/ecommerce-cases"))
			.header("Authorization", basic(client.clientId(), client.secret()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static double cpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private static String batch(String prefix, int size) {
		StringBuilder body = new StringBuilder("{\"cases\":[");
		for (int i = 0; i < size; i++) {
			body.append(i == 0 ? "" : ",").append(EcommerceIntakeSample.one(prefix + "-" + i, "https://93.184.215.14/hook"));
		}
		return body.append("]}").toString();
	}
}
