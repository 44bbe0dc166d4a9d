package org.iprassist.appraisal.internal;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the event history a recompute counts again: Spring Modulith's event publication table of
 * the schema the caller works in (the platform's or a unit's, entered through {@code TenantWork}).
 */
@Component
class PublicationQueries {

	private final JdbcClient jdbc;

	PublicationQueries(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * @return every publication of the current schema, completed or not
	 */
	List<Publication> all() {
		return jdbc.sql("select EVENT_TYPE, SERIALIZED_EVENT from EVENT_PUBLICATION")
			.query((rs, n) -> new Publication(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** A stored publication: the event's class name as it was when published, and its JSON. */
	record Publication(String type, String serialized) {
	}
}
