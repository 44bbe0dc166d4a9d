package org.iprassist.core.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
 * The application's data source: one pool per database server, never one per tenant. A connection
 * taken while a tenant is set on the thread is switched to the tenant's schema and switched back to
 * where it was when it is closed, so that a pooled connection never carries one unit's schema into
 * another's request. A connection that cannot be switched back is evicted from its pool.
 * <p>
 * Plain JDBC users (Spring Modulith's event publication registry, ShedLock, Spring Session) reach
 * the current tenant through this class just as Hibernate does.
 */
public class TenantRoutingDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TenantRoutingDataSource.class);

	private final Map<String, DataSource> servers;

	private final Map<String, SchemaSwitch> switches = new ConcurrentHashMap<>();

	TenantRoutingDataSource(DataSource primary, Map<String, DataSource> furtherServers) {
		super(primary);
		this.servers = new ConcurrentHashMap<>(furtherServers);
		this.servers.put(TenancyProperties.DEFAULT_SERVER, primary);
	}

	@Override
	public Connection getConnection() throws SQLException {
		TenantDescriptor tenant = TenantContext.get();
		return tenant == null ? obtainTargetDataSource().getConnection() : connectionFor(tenant);
	}

	/**
	 * A connection switched to the given tenant's schema, whatever the thread's tenant is.
	 */
	Connection connectionFor(TenantDescriptor tenant) throws SQLException {
		DataSource server = server(tenant.serverKey());
		Connection connection = server.getConnection();
		try {
			SchemaSwitch schemaSwitch = schemaSwitch(tenant.serverKey(), connection);
			String home = schemaSwitch.current(connection);
			schemaSwitch.enter(connection, tenant.schema());
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					new SwitchBackOnClose(connection, server, schemaSwitch, home));
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
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

	private static final class SwitchBackOnClose implements InvocationHandler {

		private final Connection target;

		private final DataSource server;

		private final SchemaSwitch schemaSwitch;

		private final String home;

		private boolean closed;

		SwitchBackOnClose(Connection target, DataSource server, SchemaSwitch schemaSwitch, String home) {
			this.target = target;
			this.server = server;
			this.schemaSwitch = schemaSwitch;
			this.home = home;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "close" -> {
					close();
					return null;
				}
				case "isClosed" -> {
					return closed || target.isClosed();
				}
				case "equals" -> {
					return proxy == args[0];
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				default -> {
					try {
						return method.invoke(target, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				}
			}
		}

		private void close() throws SQLException {
			if (closed) {
				return;
			}
			closed = true;
			try {
				if (home != null && !target.isClosed()) {
					schemaSwitch.enter(target, home);
				}
			}
			catch (SQLException ex) {
				log.warn("Could not switch a connection back to {}; evicting it from the pool", home, ex);
				evict();
			}
			finally {
				target.close();
			}
		}

		private void evict() throws SQLException {
			if (server.isWrapperFor(HikariDataSource.class)) {
				server.unwrap(HikariDataSource.class).evictConnection(target);
			}
		}
	}
}
