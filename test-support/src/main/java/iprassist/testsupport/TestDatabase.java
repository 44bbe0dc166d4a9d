package iprassist.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a database of its own: an in-memory H2 database by default,
 * or, when the system property {@code ipr.test.db} (or the environment variable
 * {@code IPR_TEST_DB}) is {@code mariadb}, a fresh platform database and tenant-schema prefix on
 * the MariaDB server at {@code IPR_TEST_DB_HOST} (default 127.0.0.1:3306, root without password),
 * dropped again when the context closes. A MariaDB run fails at start-up if the server cannot be
 * reached: it never falls back to H2. The seeded network is cut down to the units the test uses
 * ({@link TestNetwork}).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static boolean isMariaDb() {
		String choice = System.getProperty("ipr.test.db", System.getenv().getOrDefault("IPR_TEST_DB", "h2"));
		return "mariadb".equalsIgnoreCase(choice);
	}

	/**
	 * The server through MariaDB Connector/J: mysql-connector-j takes MariaDB for MySQL 5.5.5, which
	 * has no fractional seconds, and cuts them off every timestamp it sends.
	 */
	public static String mariaDbServerUrl() {
		String host = System.getenv().getOrDefault("IPR_TEST_DB_HOST", "127.0.0.1:3306");
		return "jdbc:mariadb://" + host + "/";
	}

	public static final String MARIADB_OPTIONS = "?createDatabaseIfNotExist=true"
			+ "&sessionVariables=collation_connection=utf8mb4_unicode_ci";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
		Map<String, Object> properties;
		if (isMariaDb()) {
			String platform = "ipr_test_" + id;
			String prefix = "t" + id + "_";
			properties = Map.of("spring.datasource.url", mariaDbServerUrl() + platform + MARIADB_OPTIONS,
					"spring.datasource.username", "root", "spring.datasource.password", "",
					"ipr.tenancy.schema-prefix", prefix);
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					dropMariaDbSchemas(platform, prefix);
				}
			});
		}
		else {
			properties = Map.of("spring.datasource.url", "jdbc:h2:mem:ipr" + id
					+ ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
					+ "INIT=CREATE SCHEMA IF NOT EXISTS ipr_platform\\;SET SCHEMA ipr_platform",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ipr-test-database", properties));
		new TestNetwork().initialize(context);
	}

	/**
	 * Drops the platform database and every tenant schema a MariaDB test context created.
	 */
	public static void dropMariaDbSchemas(String platform, String prefix) {
		try (Connection connection = DriverManager.getConnection(mariaDbServerUrl(), "root", "");
				Statement statement = connection.createStatement()) {
			List<String> names = new ArrayList<>();
			try (ResultSet schemas = statement.executeQuery("SHOW DATABASES")) {
				while (schemas.next()) {
					String name = schemas.getString(1);
					if (name.equals(platform) || name.startsWith(prefix)) {
						names.add(name);
					}
				}
			}
			for (String name : names) {
				statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not clean up test schemas on MariaDB", ex);
		}
	}
}
