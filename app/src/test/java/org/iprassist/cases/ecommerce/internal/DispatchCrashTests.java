package org.iprassist.cases.ecommerce.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch saga survives the process dying at any step. A separate JVM runs the application on
 * an H2 file database and halts (as {@code kill -9} would: no shutdown hooks, nothing flushed by
 * Spring) right after step 1 (intent recorded) or step 2 (case created at the sub-centre); the test
 * counts what is in the database, restarts the application and lets the scheduled re-driver finish,
 * then counts again: the case exists exactly once at Beihai and the centre's tracking record agrees.
 */
class DispatchCrashTests {

	@TempDir
	Path dir;

	int runs;

	@Test
	void aDispatchInterruptedAtEitherStepIsCompletedExactlyOnceAfterARestart() throws Exception {
		Path first = dir.resolve("first-case");
		assertThat(run("dispatch", first.toString(), "--ipr.ecommerce.dispatch.halt-after=INTENDED")).isEqualTo(137);
		UUID firstCase = DispatchCrashDriver.read(first);
		assertThat(centre(firstCase)).containsExactly("ASSIGNING", null, "INTENDED");
		assertThat(copiesAtBeihai(firstCase)).isZero();

		assertThat(run("recover")).isZero();
		assertThat(centre(firstCase)).containsExactly("ASSIGNED", "gx-beihai", "DONE");
		assertThat(copiesAtBeihai(firstCase)).isEqualTo(1);

		Path second = dir.resolve("second-case");
		assertThat(run("dispatch", second.toString(), "--ipr.ecommerce.dispatch.halt-after=CREATED")).isEqualTo(137);
		UUID secondCase = DispatchCrashDriver.read(second);
		assertThat(centre(secondCase)).containsExactly("ASSIGNING", null, "INTENDED");
		assertThat(copiesAtBeihai(secondCase)).isEqualTo(1);

		assertThat(run("recover")).isZero();
		assertThat(centre(secondCase)).containsExactly("ASSIGNED", "gx-beihai", "DONE");
		assertThat(copiesAtBeihai(secondCase)).isEqualTo(1);
		assertThat(copiesAtBeihai(firstCase)).isEqualTo(1);
	}

	private int run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), DispatchCrashDriver.class.getName()));
		command.addAll(List.of(args));
		command.addAll(List.of("--spring.datasource.url=" + url(), "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--ipr.ecommerce.dispatch.redrive-interval=PT1S", "--ipr.ecommerce.dispatch.redrive-grace=PT0S",
				"--ipr.ecommerce.dispatch.redrive-initial-delay=" + (args[0].equals("recover") ? "PT1S" : "PT1H"),
				"--ipr.ecommerce.delivery-interval=PT1H", "--ipr.ecommerce.clock-sweep-interval=PT1H"));
		Path log = Path.of(System.getProperty("basedir", "."), "target", "dispatch-crash",
				"child-" + (++runs) + "-" + args[0] + ".log");
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(4, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("The application did not finish in time");
		}
		return process.exitValue();
	}

	private String url() {
		return "jdbc:h2:file:" + dir.resolve("ipr").toAbsolutePath()
				+ ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;INIT=CREATE SCHEMA IF NOT EXISTS ipr_platform\\;SET SCHEMA ipr_platform";
	}

	private List<String> centre(UUID caseId) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select c.status, c.assigned_unit, d.state from t_gx_centre.ecommerce_case c "
						+ "join t_gx_centre.ecommerce_dispatch d on d.case_id = c.id where c.id = '" + caseId + "'")) {
			assertThat(rows.next()).isTrue();
			List<String> row = new ArrayList<>();
			row.add(rows.getString(1));
			row.add(rows.getString(2));
			row.add(rows.getString(3));
			assertThat(rows.next()).as("one dispatch").isFalse();
			return row;
		}
	}

	private long copiesAtBeihai(UUID caseId) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select count(*) from t_gx_beihai.ecommerce_case where source_case_id = '" + caseId + "'")) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
