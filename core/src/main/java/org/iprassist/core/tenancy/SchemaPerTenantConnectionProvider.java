package org.iprassist.core.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands Hibernate sessions their tenant's connection from {@link TenantRoutingDataSource}. The
 * tenant identifier is the unit code, or {@link PlatformTenant#IDENTIFIER} for the platform schema.
 * Every connection is entered into its schema when taken, so releasing is closing.
 */
final class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

	private final TenantRoutingDataSource dataSource;

	private final ObjectProvider<TenantDirectory> directory;

	/**
	 * @param directory resolved on first use: the directory's repositories need the entity manager
	 *        factory that this provider is part of
	 */
	SchemaPerTenantConnectionProvider(TenantRoutingDataSource dataSource, ObjectProvider<TenantDirectory> directory) {
		this.dataSource = dataSource;
		this.directory = directory;
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return dataSource.platform().getConnection();
	}

	@Override
	public void releaseAnyConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public Connection getConnection(String tenantIdentifier) throws SQLException {
		if (PlatformTenant.IDENTIFIER.equals(tenantIdentifier)) {
			return getAnyConnection();
		}
		return dataSource.connectionFor(descriptor(tenantIdentifier));
	}

	@Override
	public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public boolean handlesConnectionSchema() {
		return true;
	}

	@Override
	public boolean isUnwrappableAs(Class<?> unwrapType) {
		return unwrapType.isInstance(this) || unwrapType.isInstance(dataSource);
	}

	@Override
	public <T> T unwrap(Class<T> unwrapType) {
		if (unwrapType.isInstance(this)) {
			return unwrapType.cast(this);
		}
		if (unwrapType.isInstance(dataSource)) {
			return unwrapType.cast(dataSource);
		}
		throw new IllegalArgumentException("Cannot unwrap " + getClass().getSimpleName() + " to " + unwrapType);
	}

	private TenantDescriptor descriptor(String code) {
		TenantDescriptor current = TenantContext.get();
		if (current != null && current.code().value().equals(code)) {
			return current;
		}
		return directory.getObject()
			.find(new UnitCode(code))
			.orElseThrow(() -> new IllegalStateException("Unknown tenant " + code));
	}
}
