package org.iprassist.cases.ecommerce.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dispatch outbox of the current (regional centre's) schema.
 */
@Repository
class EcommerceDispatches {

	private final JdbcClient jdbc;

	EcommerceDispatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void intend(UUID id, UUID caseId, String targetUnit, Instant at, String by) {
		jdbc.sql("insert into ecommerce_dispatch (id, case_id, target_unit, state, intended_at, intended_by, attempts) "
				+ "values (?, ?, ?, 'INTENDED', ?, ?, 0)")
			.params(id.toString(), caseId.toString(), targetUnit, EcommerceCases.ts(at), by)
			.update();
	}

	Optional<DispatchManagement> find(UUID id) {
		return jdbc.sql("select id, case_id, target_unit, state from ecommerce_dispatch where id = ?")
			.param(id.toString())
			.query((rs, n) -> new DispatchManagement(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.optional();
	}

	List<UUID> unfinished(Instant intendedBefore) {
		return jdbc.sql("select id from ecommerce_dispatch where state = 'INTENDED' and intended_at <= ? order by intended_at")
			.param(EcommerceCases.ts(intendedBefore))
			.query((rs, n) -> UUID.fromString(rs.getString(1)))
			.list();
	}

	boolean complete(UUID id, Instant at) {
		return jdbc.sql("update ecommerce_dispatch set state = 'DONE', completed_at = ? where id = ? and state = 'INTENDED'")
			.params(EcommerceCases.ts(at), id.toString())
			.update() == 1;
	}

	void failed(UUID id, String error) {
		jdbc.sql("update ecommerce_dispatch set attempts = attempts + 1, last_error = ? where id = ?")
			.params(error.length() > 500 ? error.substring(0, 500) : error, id.toString())
			.update();
	}

	/** One intended dispatch. */
	record DispatchManagement(UUID id, UUID caseId, String targetUnit, String state) {
	}
}
