package org.iprassist;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import iprassist.testsupport.TestDatabase;
import iprassist.testsupport.TestNetwork;

import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.TenantSchemaMigrator;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.tenants.Lifecycle;
import org.iprassist.tenants.UnitDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens between two starts of the application on the same database: nothing is lost, demo
 * data is not duplicated, only a schema whose recorded changelog version is behind gets
 * migrated (the others are not touched), and a unit found without its seal (one older than seals
 * made at provisioning) gets one before the application is ready, while existing seals stay. The
 * first start of the embedded default seeds and provisions the whole Guangxi network, as real
 * users get it; the restart test keeps only the four units it uses.
 */
class StartupMigrationTests {

	/** The demo profile's accounts: a restart must neither lose nor duplicate them. */
	static final int DEMO_ACCOUNTS = 6;

	/** The units the restart test uses, Guilin for a seal to backfill. */
	static final String RESTART_UNITS = "gx-centre,gx-nanning,gx-liuzhou,gx-guilin";

	@Test
	@Tag("database")
	void onlySchemasBehindAreMigratedAtStartUp() {
		Map<String, Object> database = database();
		database.put(TestNetwork.UNITS, RESTART_UNITS);
		String liuzhouSchema;
		String version;
		int accounts;
		int nanningChangeSets;
		String nanningCertificate;
		try (ConfigurableApplicationContext first = start(database)) {
			TenantDirectory tenants = first.getBean(TenantDirectory.class);
			TenantWork tenantWork = first.getBean(TenantWork.class);
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			version = first.getBean(TenantSchemaMigrator.class).changelogVersion();
			assertThat(jdbc.sql("select count(*) from unit where changelog_version = ?").param(version)
				.query(Integer.class).single()).isEqualTo(4);
			accounts = jdbc.sql("select count(*) from account").query(Integer.class).single();
			assertThat(accounts).isEqualTo(DEMO_ACCOUNTS);
			var liuzhou = tenants.find(new UnitCode("gx-liuzhou")).orElseThrow();
			liuzhouSchema = liuzhou.schema();
			tenantWork.unit("gx-liuzhou").run(() -> {
				jdbc.sql("delete from DATABASECHANGELOG where ID = 'tenants-staff-member'").update();
				jdbc.sql("drop table staff_member").update();
			});
			jdbc.sql("update unit set changelog_version = '2-behind' where code = 'gx-liuzhou'").update();
			tenantWork.unit("gx-guilin").run(() -> jdbc.sql("delete from unit_seal").update());
			TenantWork.Scope nanning = tenantWork.unit("gx-nanning");
			nanningChangeSets = nanning.call(() -> jdbc.sql("select count(*) from DATABASECHANGELOG")
				.query(Integer.class).single());
			nanning.run(() -> jdbc.sql("""
					insert into staff_member (id, name, created_at) values (?, '韦小宝', current_timestamp)""")
				.param(UUID.randomUUID().toString())
				.update());
			nanningCertificate = nanning.call(() -> jdbc.sql("select certificate from unit_seal")
				.query(String.class).single());
		}
		try (ConfigurableApplicationContext second = start(database)) {
			TenantDirectory tenants = second.getBean(TenantDirectory.class);
			TenantWork tenantWork = second.getBean(TenantWork.class);
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select changelog_version from unit where code = 'gx-liuzhou'").query(String.class)
				.single()).isEqualTo(version);
			var liuzhou = tenants.find(new UnitCode("gx-liuzhou")).orElseThrow();
			assertThat(liuzhou.schema()).isEqualTo(liuzhouSchema);
			assertThat(tenantWork.unit("gx-liuzhou").call(() -> jdbc.sql("select count(*) from staff_member")
				.query(Integer.class).single())).isZero();
			TenantWork.Scope nanning = tenantWork.unit("gx-nanning");
			assertThat(nanning.call(() -> jdbc.sql("select count(*) from DATABASECHANGELOG")
				.query(Integer.class).single())).isEqualTo(nanningChangeSets).isEqualTo(tenantWork.unit("gx-centre")
					.call(() -> jdbc.sql("select count(*) from DATABASECHANGELOG").query(Integer.class).single()));
			assertThat(nanning.call(() -> jdbc.sql("select name from staff_member")
				.query(String.class).list())).containsExactly("韦小宝");
			assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single()).isEqualTo(accounts);
			assertThat(tenantWork.unit("gx-guilin").call(() -> jdbc.sql("select count(*) from unit_seal").query(Integer.class).single()))
				.as("Guilin's seal, backfilled at start-up").isEqualTo(1);
			assertThat(nanning.call(() -> jdbc.sql("select certificate from unit_seal")
				.query(String.class).single())).isEqualTo(nanningCertificate);
		}
		finally {
			if (TestDatabase.isMariaDb()) {
				TestDatabase.dropMariaDbSchemas((String) database.get("platform"), (String) database.get("ipr.tenancy.schema-prefix"));
			}
		}
	}

	/**
	 * The embedded default: the run command's H2 file database survives a restart with its
	 * Liquibase history (a second start once failed with "databasechangelog already exists").
	 */
	@Test
	void theEmbeddedFileDatabaseKeepsEverythingAcrossARestart(@TempDir Path directory) {
		Map<String, Object> database = new HashMap<>();
		database.put("spring.datasource.url", "jdbc:h2:file:" + directory.resolve("iprassist")
				+ ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;INIT=CREATE SCHEMA IF NOT EXISTS ipr_platform\\;SET SCHEMA ipr_platform");
		int accounts;
		try (ConfigurableApplicationContext first = start(database)) {
			theWholeSeededNetworkIsReady(first.getBean(UnitDirectory.class));
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			accounts = jdbc.sql("select count(*) from account").query(Integer.class).single();
			jdbc.sql("update unit set premises = '青秀区民族大道' where code = 'gx-centre'").update();
		}
		assertThat(directory.resolve("iprassist.mv.db")).exists();
		try (ConfigurableApplicationContext second = start(database)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select premises from unit where code = 'gx-centre'").query(String.class).single())
				.isEqualTo("青秀区民族大道");
			assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single()).isEqualTo(accounts)
				.isPositive();
			assertThat(jdbc.sql("select count(*) from unit where provisioning_status = 'READY'").query(Integer.class)
				.single()).isEqualTo(21);
		}
	}

	/**
	 * The Guangxi network of the 2020 work plan (附件2, 附件3): the regional centre, 14 sub-centres
	 * of which five await re-establishment, the general workstation and two more, and the three
	 * planned free-trade-zone workstations.
	 */
	private static void theWholeSeededNetworkIsReady(UnitDirectory directory) {
		var units = directory.ofProvince("gx");
		assertThat(units).hasSize(21);
		assertThat(units.get(0).code()).isEqualTo("gx-centre");
		assertThat(units).filteredOn(unit -> unit.lifecycle() == Lifecycle.SUSPENDED)
			.extracting(unit -> unit.code())
			.containsExactlyInAnyOrder("gx-nanning", "gx-qinzhou", "gx-beihai", "gx-wuzhou", "gx-hezhou");
		assertThat(units).filteredOn(unit -> unit.lifecycle() == Lifecycle.PLANNED)
			.extracting(unit -> unit.parentCode())
			.containsExactlyInAnyOrder("gx-nanning", "gx-qinzhou", "gx-chongzuo");
		assertThat(directory.find("gx-ws-power").orElseThrow().generalWorkstation()).isTrue();
		assertThat(units).allMatch(unit -> unit.ready());
	}

	private static Map<String, Object> database() {
		String id = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
		Map<String, Object> properties = new HashMap<>();
		if (TestDatabase.isMariaDb()) {
			properties.put("platform", "ipr_test_" + id);
			properties.put("spring.datasource.url", TestDatabase.mariaDbServerUrl() + "ipr_test_" + id + TestDatabase.MARIADB_OPTIONS);
			properties.put("spring.datasource.username", "root");
			properties.put("spring.datasource.password", "");
			properties.put("ipr.tenancy.schema-prefix", "t" + id + "_");
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:restart" + id
					+ ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS ipr_platform\\;SET SCHEMA ipr_platform");
		}
		return properties;
	}

	/**
	 * Starts the application with the database and a free port given as command-line arguments,
	 * which win over application.yaml as they would for an operator (default properties do not:
	 * {@code server.port=0} given that way lost to application.yaml's 8080), cut down to the units
	 * the database names, if it names any.
	 */
	private static ConfigurableApplicationContext start(Map<String, Object> database) {
		String[] arguments = Stream.concat(Stream.of("--server.port=0"), database.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals("platform"))
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue()))
			.toArray(String[]::new);
		SpringApplicationBuilder application = new SpringApplicationBuilder(IprAssistApplication.class).profiles("demo")
			.properties("spring.jmx.enabled=false");
		if (database.containsKey(TestNetwork.UNITS)) {
			application.initializers(new TestNetwork());
		}
		return application.run(arguments);
	}
}
