package org.iprassist.core.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import org.iprassist.core.tenancy.PlatformJdbc;
import org.springframework.stereotype.Component;

/**
 * Writes audit entries to the platform schema's {@code audit_entry} table. An entry names the
 * actor, the action, the unit and a short detail such as the request line; callers must not pass
 * personal data (ID numbers, phone numbers) in the detail.
 */
@Component
public class AuditTrail {

	private static final int DETAIL_LENGTH = 500;

	private final PlatformJdbc jdbc;

	private final Clock clock;

	AuditTrail(PlatformJdbc jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String actor, String action, String unitCode, String detail) {
		jdbc.client()
			.sql("""
					insert into audit_entry (id, occurred_at, actor, action, unit_code, detail)
					values (:id, :occurredAt, :actor, :action, :unitCode, :detail)""")
			.param("id", UUID.randomUUID().toString())
			.param("occurredAt", LocalDateTime.now(clock))
			.param("actor", actor)
			.param("action", action)
			.param("unitCode", unitCode)
			.param("detail", detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH))
			.update();
	}
}
