package org.iprassist.cases.internal.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.iprassist.cases.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the current unit's transferred complaints by the state of their bureau receipt: those the
 * sweep must mark (due and not yet marked) and those a handler is reminded of (marked, still
 * awaited). Plain SQL over the {@code (status, receipt_due_on)} index, so a sweep of a unit with no
 * overdue receipt reads nothing but the index.
 */
@Component
class OverdueReceiptQueries {

	private final JdbcClient jdbc;

	OverdueReceiptQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UUID> dueAndUnmarked(LocalDate today) {
		return jdbc.sql("select id from case_file where status = ? and receipt_due_on <= ? and receipt_overdue_on is null")
			.params(CaseStatus.TRANSFERRED.name(), today)
			.query((row, n) -> UUID.fromString(row.getString(1)))
			.list();
	}

	List<ReceiptReminder> remindersOf(String handler) {
		return jdbc.sql("""
				select id, case_number, bureau_name, receipt_due_on, receipt_overdue_on from case_file
				where status = ? and handler = ? and receipt_overdue_on is not null order by receipt_due_on, case_number""")
			.params(CaseStatus.TRANSFERRED.name(), handler)
			.query((row, n) -> new ReceiptReminder(UUID.fromString(row.getString(1)), row.getString(2),
					row.getString(3), row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class)))
			.list();
	}
}
