package org.iprassist.core.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plain SQL on the platform schema, whatever tenant the thread is in and outside any tenant's
 * transaction: for small platform writes that must happen while serving a unit, such as an audit
 * entry about a refused request.
 */
public final class PlatformJdbc {

	private final JdbcClient client;

	PlatformJdbc(TenantRoutingDataSource dataSource) {
		this.client = JdbcClient.create(dataSource.platform());
	}

	public JdbcClient client() {
		return client;
	}
}
