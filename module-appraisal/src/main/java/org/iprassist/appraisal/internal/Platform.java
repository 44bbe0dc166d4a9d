package org.iprassist.appraisal.internal;

import java.util.function.Function;

import javax.sql.DataSource;

import org.iprassist.core.tenancy.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way appraisal reaches its tables in the platform schema, from anywhere: a unit's page, the
 * regional console or an event listener on another thread. Work runs in the platform tenant and,
 * for writes, in a plain JDBC transaction of its own opened after the switch, since a tenant
 * cannot be switched inside an open transaction.
 */
@Component
class Platform {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	Platform(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	<T> T read(Function<JdbcClient, T> work) {
		return Tenancy.callAsPlatform(() -> work.apply(jdbc));
	}

	<T> T write(Function<JdbcClient, T> work) {
		return Tenancy.callAsPlatform(() -> transactions.execute(status -> work.apply(jdbc)));
	}
}
