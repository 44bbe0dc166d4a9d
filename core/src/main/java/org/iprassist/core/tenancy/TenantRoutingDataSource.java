package org.iprassist.core.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source: one pool per database server, never one per tenant. Every
 * connection is entered into its borrower's schema when it is taken: the tenant's while a tenant
 * is set on the thread, the platform schema otherwise. So a pooled connection never carries one
 * unit's schema into another's request, and a connection is only switched when its borrower works
 * elsewhere than the previous one did: a unit's busy hour costs no switch at all, where switching
 * in and back out cost two round trips per request. A connection that cannot be entered is evicted
 * from its pool.
 * <p>
 * Plain JDBC users that must work in the platform schema whatever the thread's tenant (Spring
 * Session, ShedLock, {@link PlatformJdbc}) take their connections from {@link #platform()}; Spring
 * Modulith's event publication registry and Hibernate reach the current tenant through this class.
 */
public class TenantRoutingDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TenantRoutingDataSource.class);

	private final Map<String, DataSource> servers;

	private final Map<String, SchemaSwitch> switches = new ConcurrentHashMap<>();

	private volatile String platformSchema;

	private final DataSource platform;

	TenantRoutingDataSource(DataSource primary, Map<String, DataSource> furtherServers) {
		super(primary);
		this.servers = new ConcurrentHashMap<>(furtherServers);
		this.servers.put(TenancyProperties.DEFAULT_SERVER, primary);
		this.platform = new PlatformDataSource(primary);
	}

	@Override
	public Connection getConnection() throws SQLException {
		TenantDescriptor tenant = TenantContext.get();
		return tenant == null ? platformConnection() : connectionFor(tenant);
	}

	/**
	 * A connection in the given tenant's schema, whatever the thread's tenant is.
	 */
	Connection connectionFor(TenantDescriptor tenant) throws SQLException {
		return entered(tenant.serverKey(), tenant.schema());
	}

	/**
	 * The platform schema's connections, whatever tenant the thread is in.
	 */
	DataSource platform() {
		return platform;
	}

	private Connection platformConnection() throws SQLException {
		return entered(TenancyProperties.DEFAULT_SERVER, null);
	}

	/**
	 * @param schema the schema to enter, or {@code null} for the platform schema
	 */
	private Connection entered(String serverKey, String schema) throws SQLException {
		DataSource server = server(serverKey);
		Connection connection = server.getConnection();
		try {
			SchemaSwitch schemaSwitch = schemaSwitch(serverKey, connection);
			if (TenancyProperties.DEFAULT_SERVER.equals(serverKey) && platformSchema == null) {
				platformSchema = homeOf(schemaSwitch, connection);
			}
			schemaSwitch.enterIfElsewhere(connection, schema != null ? schema : platformSchema);
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			evict(server, connection);
			connection.close();
			throw ex;
		}
	}

	/**
	 * The platform schema: where the primary server's connections start, read from the first one
	 * taken, before any was switched. Further servers hold only units' schemas and have none.
	 */
	private static String homeOf(SchemaSwitch schemaSwitch, Connection connection) {
		try {
			String home = schemaSwitch.current(connection);
			if (home == null) {
				throw new IllegalStateException("The database URL names no schema for the platform to work in");
			}
			return home;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the platform schema of a new connection", ex);
		}
	}

	private static void evict(DataSource server, Connection connection) throws SQLException {
		if (server.isWrapperFor(HikariDataSource.class)) {
			server.unwrap(HikariDataSource.class).evictConnection(connection);
		}
	}

	/**
	 * Creates the tenant's schema on its server if it does not exist yet.
	 */
	void createSchema(TenantDescriptor tenant) throws SQLException {
		try (Connection connection = server(tenant.serverKey()).getConnection()) {
			schemaSwitch(tenant.serverKey(), connection).create(connection, tenant.schema());
		}
	}

	boolean hasServer(String key) {
		return servers.containsKey(key);
	}

	private DataSource server(String key) {
		DataSource server = servers.get(key);
		if (server == null) {
			throw new IllegalStateException("No database server configured under the key '" + key + "'");
		}
		return server;
	}

	private SchemaSwitch schemaSwitch(String serverKey, Connection connection) throws SQLException {
		SchemaSwitch known = switches.get(serverKey);
		if (known == null) {
			known = SchemaSwitch.of(connection);
			switches.put(serverKey, known);
		}
		return known;
	}

	/**
	 * Closes every pool; called by the container on shutdown in place of the wrapped pool's own
	 * {@code close}.
	 */
	public void close() {
		servers.values().forEach(server -> {
			if (server instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					log.warn("Could not close a connection pool", ex);
				}
			}
		});
	}

	/** The primary server's pool, every connection entered into the platform schema. */
	private final class PlatformDataSource extends DelegatingDataSource {

		PlatformDataSource(DataSource primary) {
			super(primary);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return platformConnection();
		}
	}
}
