package org.iprassist.cases.ecommerce.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The in-app warnings of the current unit's 24-hour clocks, shown on every e-commerce page while
 * their case is still open.
 */
@Repository
class ClockAlertLists {

	static final String WARNING = "WARNING";

	static final String BREACH = "BREACH";

	private final JdbcClient jdbc;

	ClockAlertLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Alert> open() {
		return jdbc.sql("select a.case_id, c.case_number, a.kind, a.created_at, c.assigned_unit from ecommerce_alert a "
				+ "join ecommerce_case c on c.id = a.case_id where c.status in ('RECEIVED','ASSIGNING','ASSIGNED') "
				+ "order by a.created_at desc")
			.query((rs, n) -> new Alert(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
					EcommerceCases.instant(rs, "created_at"), rs.getString(5)))
			.list();
	}

	/** One warning ({@code WARNING} at 18 h) or breach ({@code BREACH} at 24 h) of a case. */
	record Alert(UUID caseId, String caseNumber, String kind, Instant raisedAt, String assignedUnit) {
	}
}
