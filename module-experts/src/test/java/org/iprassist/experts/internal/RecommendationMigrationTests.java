package org.iprassist.experts.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import iprassist.testsupport.TestDatabase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool that was kept while the code said "nomination" keeps its rows when the renaming change set
 * runs: the columns and the stored status become the glossary's "recommendation", with their values.
 * On H2, or on MariaDB when {@code IPR_TEST_DB=mariadb}.
 */
@Tag("database")
class RecommendationMigrationTests {

	private static final String CHANGELOGS = "db/tenant/changelog/";

	@Test
	void anExistingPoolsRecommendationsKeepTheirUnitReasonStatusAndHistory() throws Exception {
		String schema = "rec_" + UUID.randomUUID().toString().substring(0, 8);
		String server = TestDatabase.isMariaDb() ? TestDatabase.mariaDbServerUrl() : "jdbc:h2:mem:";
		String options = TestDatabase.isMariaDb() ? TestDatabase.MARIADB_OPTIONS : ";MODE=MySQL";
		try (Connection connection = DriverManager.getConnection(server + schema + options,
				TestDatabase.isMariaDb() ? "root" : "sa", "")) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			migrate(connection, "100-experts.yaml");
			String id = UUID.randomUUID().toString();
			jdbc.sql("""
					insert into expert (id, name, employer, right_types, status, nominated_by, nomination_reason,
					created_at, version) values (?, '赵一鸣', '广西大学', 'PATENT', 'NOMINATED', 'gx-nanning', '专利审查经验',
					current_timestamp, 0)""").param(id).update();
			jdbc.sql("""
					insert into expert_step (id, expert_id, from_status, to_status, actor, actor_unit, occurred_at, step_no)
					values (?, ?, null, 'NOMINATED', 'nanning-staff', 'gx-nanning', current_timestamp, 1)""")
				.params(UUID.randomUUID().toString(), id)
				.update();

			migrate(connection, "101-experts-recommendation.yaml");

			assertThat(jdbc.sql("select status, recommended_by, recommendation_reason from expert where id = ?")
				.param(id)
				.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
				.single()).containsExactly("RECOMMENDED", "gx-nanning", "专利审查经验");
			assertThat(jdbc.sql("select to_status from expert_step where expert_id = ?").param(id).query(String.class).single())
				.isEqualTo("RECOMMENDED");
			if (TestDatabase.isMariaDb()) {
				jdbc.sql("drop database " + schema).update();
			}
		}
	}

	private static void migrate(Connection connection, String changelog) throws Exception {
		Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
		LockServiceFactory.getInstance().resetAll();
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor()),
				() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
					.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
					.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOGS + changelog)
					.execute());
	}
}
