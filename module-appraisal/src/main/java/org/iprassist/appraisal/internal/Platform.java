package org.iprassist.appraisal.internal;

import java.util.function.Function;

import javax.sql.DataSource;

import org.iprassist.core.tenancy.TenantWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The way appraisal reaches its tables in the platform schema, from anywhere: a unit's page, the
 * regional console or an event listener on another thread. Reads are single statements without
 * a transaction; writes run in a platform transaction that {@link TenantWork} opens after the
 * switch.
 */
@Component
class Platform {

	private final JdbcClient jdbc;

	private final TenantWork.Scope platform;

	Platform(DataSource dataSource, TenantWork work) {
		this.jdbc = JdbcClient.create(dataSource);
		this.platform = work.platform();
	}

	<T> T read(Function<JdbcClient, T> work) {
		return platform.call(() -> work.apply(jdbc));
	}

	<T> T write(Function<JdbcClient, T> work) {
		return platform.write(() -> work.apply(jdbc));
	}
}
