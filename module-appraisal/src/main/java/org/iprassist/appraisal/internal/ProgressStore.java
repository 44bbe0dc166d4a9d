package org.iprassist.appraisal.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The progress read model: counters per province × year × event type × unit × month, and the
 * ledger of counted event ids that makes counting idempotent.
 * <p>
 * Both live in the platform schema, once per province, not in the units' schemas: the regional
 * console's matrix is one indexed aggregate over a few thousand counter rows instead of a query in
 * each of a hundred schemas, and no tenant switch is needed to draw it. Units see their own rows
 * only through appraisal's unit pages, which filter by the unit of the URL.
 */
@Component
class ProgressStore {

	private final Platform platform;

	private final Clock clock;

	ProgressStore(Platform platform, Clock clock) {
		this.platform = platform;
		this.clock = clock;
	}

	/**
	 * Counts an event unless its id is in the ledger already: the ledger's key refuses a second
	 * entry, which rolls the counting back. Two statements, however the event arrives.
	 */
	boolean count(CountedEvent event) {
		try {
			return platform.write(jdbc -> {
				jdbc.sql("""
						insert into appraisal_counted_event (event_id, province_code, unit_code, event_type, occurred_on,
						counted_at, payload) values (?, ?, ?, ?, ?, ?, ?)""")
					.params(event.eventId(), event.provinceCode(), event.unitCode(), event.eventType(),
							Date.valueOf(event.occurredOn()), LocalDateTime.now(clock), event.payload())
					.update();
				LocalDate day = event.occurredOn();
				jdbc.sql("""
						insert into appraisal_counter (province_code, plan_year, event_type, unit_code, month_of_year, total)
						values (?, ?, ?, ?, ?, 1) on duplicate key update total = total + 1""")
					.params(event.provinceCode(), day.getYear(), event.eventType(), event.unitCode(), day.getMonthValue())
					.update();
				return true;
			});
		}
		catch (DuplicateKeyException counted) {
			return false;
		}
	}

	/**
	 * Counts a batch of events in one transaction: the ledger learns the ones it does not know in
	 * one statement, and each counter cell they touch moves once by their number. Should another
	 * node count one of them meanwhile, the ledger's key refuses the batch, and it is counted one
	 * event at a time instead.
	 */
	void countAll(List<CountedEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		try {
			platform.write(jdbc -> {
				Map<String, CountedEvent> fresh = new LinkedHashMap<>();
				events.forEach(event -> fresh.putIfAbsent(event.eventId(), event));
				jdbc.sql("select event_id from appraisal_counted_event where event_id in (:ids)")
					.param("ids", List.copyOf(fresh.keySet()))
					.query(String.class)
					.list()
					.forEach(fresh::remove);
				if (fresh.isEmpty()) {
					return null;
				}
				LocalDateTime now = LocalDateTime.now(clock);
				List<Object> rows = new ArrayList<>();
				Map<List<Object>, Integer> cells = new LinkedHashMap<>();
				for (CountedEvent event : fresh.values()) {
					rows.addAll(List.of(event.eventId(), event.provinceCode(), event.unitCode(), event.eventType(),
							Date.valueOf(event.occurredOn()), now, event.payload()));
					cells.merge(List.of(event.provinceCode(), event.occurredOn().getYear(), event.eventType(),
							event.unitCode(), event.occurredOn().getMonthValue()), 1, Integer::sum);
				}
				jdbc.sql("insert into appraisal_counted_event (event_id, province_code, unit_code, event_type, occurred_on, "
						+ "counted_at, payload) values " + String.join(", ", Collections.nCopies(fresh.size(), "(?, ?, ?, ?, ?, ?, ?)")))
					.params(rows)
					.update();
				cells.forEach((cell, total) -> jdbc.sql("""
						insert into appraisal_counter (province_code, plan_year, event_type, unit_code, month_of_year, total)
						values (?, ?, ?, ?, ?, ?) on duplicate key update total = total + ?""")
					.params(cell.get(0), cell.get(1), cell.get(2), cell.get(3), cell.get(4), total, total)
					.update());
				return null;
			});
		}
		catch (DuplicateKeyException countedElsewhere) {
			events.forEach(this::count);
		}
	}

	List<Counter> counters(String province, int year) {
		return platform.read(jdbc -> jdbc.sql("""
				select event_type, unit_code, month_of_year, total from appraisal_counter
				where province_code = ? and plan_year = ?""")
			.params(province, year)
			.query((rs, n) -> new Counter(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
			.list());
	}

	List<CountedRecord> records(String province, String unit, int year, int limit) {
		return platform.read(jdbc -> jdbc.sql("""
				select event_id, event_type, occurred_on, payload from appraisal_counted_event
				where province_code = ? and unit_code = ? and occurred_on between ? and ?
				order by occurred_on desc, event_id""" + " limit " + Math.max(1, limit))
			.params(province, unit, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> new CountedRecord(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getString(4)))
			.list());
	}

	void clear(String province) {
		platform.write(jdbc -> {
			jdbc.sql("delete from appraisal_counted_event where province_code = ?").param(province).update();
			return jdbc.sql("delete from appraisal_counter where province_code = ?").param(province).update();
		});
	}

	/** A counter cell of the read model. */
	record Counter(String eventType, String unitCode, int month, int total) {
	}

	/** A counted event, for the read-only drill-down. */
	public record CountedRecord(String eventId, String eventType, LocalDate occurredOn, String payload) {
	}
}
