package org.iprassist.core.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The invariant everything else rests on: every borrower of a pooled connection works in its own
 * schema, the tenant's or the platform's, so it never sees another unit's tables, whoever had the
 * connection before. The pool has a single connection, so every test reuses the same physical
 * connection. A further server's pool is as large as the primary one unless configured.
 */
class TenantRoutingDataSourceTests {

	HikariDataSource pool;

	TenantRoutingDataSource routing;

	TenantDescriptor nanning = tenant("gx-nanning");

	TenantDescriptor liuzhou = tenant("gx-liuzhou");

	@BeforeEach
	void onePooledConnection() throws SQLException {
		pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1;"
				+ "INIT=CREATE SCHEMA IF NOT EXISTS ipr_platform\\;SET SCHEMA ipr_platform");
		pool.setMaximumPoolSize(1);
		routing = new TenantRoutingDataSource(pool, Map.of());
		for (TenantDescriptor tenant : new TenantDescriptor[] { nanning, liuzhou }) {
			routing.createSchema(tenant);
			try (Connection connection = routing.connectionFor(tenant); Statement statement = connection.createStatement()) {
				statement.execute("create table roster (name varchar(50))");
				statement.execute("insert into roster values ('" + tenant.code() + "')");
			}
		}
	}

	@AfterEach
	void closePool() {
		routing.close();
	}

	@Test
	void everyBorrowerWorksInItsOwnSchemaWhoeverHadTheConnectionBefore() throws SQLException {
		assertThat(Tenancy.callAs(nanning, this::rosterName)).isEqualTo("gx-nanning");
		assertThat(currentSchema()).isEqualTo("IPR_PLATFORM");
		assertThat(Tenancy.callAs(liuzhou, this::rosterName)).isEqualTo("gx-liuzhou");
		assertThat(Tenancy.callAs(nanning, this::rosterName)).isEqualTo("gx-nanning");
		assertThatThrownBy(this::rosterNameOnPlatform).isInstanceOf(SQLException.class);
	}

	@Test
	void thePlatformsConnectionsStayOnThePlatformWhileATenantIsSet() throws SQLException {
		Tenancy.callAs(nanning, this::rosterName);
		String schema = Tenancy.callAs(nanning, () -> {
			try (Connection connection = routing.platform().getConnection()) {
				return connection.getSchema();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(schema).isEqualTo("IPR_PLATFORM");
	}

	@Test
	void aConnectionLeftWhereItWasIsOnlySwitchedByTheNextBorrowerWorkingElsewhere() throws SQLException {
		Tenancy.callAs(nanning, this::rosterName);
		try (Connection raw = pool.getConnection()) {
			assertThat(raw.getSchema()).isEqualTo("T_GX_NANNING");
		}
		assertThat(currentSchema()).isEqualTo("IPR_PLATFORM");
	}

	@Test
	void aConnectionThatCannotEnterItsSchemaIsEvictedNotReused() throws SQLException {
		AtomicReference<Object> first = new AtomicReference<>();
		try (Connection connection = routing.connectionFor(nanning); Statement statement = connection.createStatement()) {
			first.set(connection.unwrap(Connection.class));
			statement.execute("drop schema t_gx_liuzhou cascade");
		}
		assertThatThrownBy(() -> routing.connectionFor(liuzhou)).isInstanceOf(SQLException.class);
		try (Connection next = routing.connectionFor(nanning)) {
			assertThat(next.unwrap(Connection.class)).isNotSameAs(first.get());
		}
	}

	@Test
	void aFurtherServerWhoseConnectionsStartInNoSchemaServesItsUnits() throws SQLException {
		try (HikariDataSource further = new HikariDataSource()) {
			further.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
			further.setMaximumPoolSize(1);
			TenantRoutingDataSource spread = new TenantRoutingDataSource(pool, Map.of("yunnan", startingInNoSchema(further)));
			TenantDescriptor kunming = new TenantDescriptor(new UnitCode("yn-kunming"), "yn", "t_yn_kunming", "yunnan", true);
			spread.createSchema(kunming);
			try (Connection connection = spread.connectionFor(kunming); Statement statement = connection.createStatement()) {
				statement.execute("create table roster (name varchar(50))");
				statement.execute("insert into roster values ('yn-kunming')");
			}
			try (Connection connection = spread.connectionFor(kunming); Statement statement = connection.createStatement();
					var rows = statement.executeQuery("select name from roster")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("yn-kunming");
			}
		}
	}

	/**
	 * Connections that name no schema until one is set, as MariaDB's do when the server's URL
	 * names no database.
	 */
	private static DataSource startingInNoSchema(DataSource target) {
		return new DelegatingDataSource(target) {

			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				AtomicBoolean entered = new AtomicBoolean();
				return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
						(proxy, method, args) -> {
							if (method.getName().equals("getSchema") && !entered.get()) {
								return null;
							}
							if (method.getName().equals("setSchema")) {
								entered.set(true);
							}
							try {
								return method.invoke(connection, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getTargetException();
							}
						});
			}
		};
	}

	@Test
	void aFurtherServersPoolIsAsLargeAsThePrimarysUnlessConfigured() {
		TenancyProperties properties = new TenancyProperties("t_",
				Map.of("east", new TenancyProperties.Server("jdbc:h2:mem:east", "sa", "", null), "west",
						new TenancyProperties.Server("jdbc:h2:mem:west", "sa", "", 4)),
				Duration.ofMinutes(1), Duration.ofMinutes(2));

		Map<String, DataSource> servers = TenancyConfiguration.furtherServers(properties, 20);

		assertThat(servers).extractingByKeys("east", "west")
			.extracting(server -> ((HikariDataSource) server).getMaximumPoolSize())
			.containsExactly(20, 4);
		servers.values().forEach(server -> ((HikariDataSource) server).close());
	}

	@Test
	void anUnknownServerIsRefused() {
		TenantDescriptor elsewhere = new TenantDescriptor(new UnitCode("yn-kunming"), "yn", "t_yn_kunming", "yunnan", true);
		assertThatThrownBy(() -> routing.connectionFor(elsewhere)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("yunnan");
	}

	private String rosterName() {
		try (Connection connection = routing.getConnection(); Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select name from roster")) {
			rows.next();
			return rows.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String rosterNameOnPlatform() throws SQLException {
		try (Connection connection = routing.getConnection(); Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select name from roster")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private String currentSchema() throws SQLException {
		try (Connection connection = routing.getConnection()) {
			return connection.getSchema();
		}
	}

	private static TenantDescriptor tenant(String code) {
		UnitCode unit = new UnitCode(code);
		return new TenantDescriptor(unit, "gx", unit.schemaName("t_"), TenancyProperties.DEFAULT_SERVER, true);
	}
}
