package org.iprassist.cases.internal.exhibitions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.cases.ExhibitionStationed;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stationing at exhibitions (work item 9) in the current unit: the exhibition register, the unit's
 * stationing plan for the year (due by the end of April), the stationing records (who, which days)
 * and complaints received at a fair, on a same-day track: each is due by the end of the day it
 * was received. Transferring a fair complaint to the market-regulation bureau with its paperwork
 * belongs to the complaint flow of Cases I; here the complaint is received and its handling recorded.
 */
@Service
class Exhibitions {

	static final MonthDay PLAN_DUE = MonthDay.of(4, 30);

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Exhibitions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	UUID register(NewExhibition exhibition) {
		if (exhibition.endsOn().isBefore(exhibition.startsOn())) {
			throw new BadRequestException("exhibition.dates");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into exhibition (id, name, venue, organiser, starts_on, ends_on) values (?, ?, ?, ?, ?, ?)")
			.params(id.toString(), exhibition.name().strip(), exhibition.venue().strip(), exhibition.organiser(),
					exhibition.startsOn(), exhibition.endsOn())
			.update();
		return id;
	}

	List<Exhibition> list() {
		return jdbc.sql("select * from exhibition order by starts_on desc")
			.query((rs, n) -> new Exhibition(UUID.fromString(rs.getString("id")), rs.getString("name"),
					rs.getString("venue"), rs.getString("organiser"), rs.getDate("starts_on").toLocalDate(),
					rs.getDate("ends_on").toLocalDate()))
			.list();
	}

	Exhibition find(UUID id) {
		return list().stream()
			.filter(e -> e.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("exhibition.not-found"));
	}

	@Transactional
	void submitPlan(int year, String content, String by) {
		jdbc.sql("delete from stationing_plan where plan_year = ?").param(year).update();
		jdbc.sql("insert into stationing_plan (plan_year, content, submitted_at, submitted_by) values (?, ?, ?, ?)")
			.params(year, content.strip(), Timestamp.from(clock.instant()), by)
			.update();
	}

	PlanStatus plan(int year) {
		LocalDate due = PLAN_DUE.atYear(year);
		Optional<PlanStatus> submitted = jdbc.sql("select content, submitted_at, submitted_by from stationing_plan where plan_year = ?")
			.param(year)
			.query((rs, n) -> {
				LocalDateTime at = rs.getTimestamp(2).toInstant().atZone(ZONE).toLocalDateTime();
				return new PlanStatus(year, due, rs.getString(1), at, rs.getString(3), at.toLocalDate().isAfter(due));
			})
			.optional();
		return submitted.orElse(new PlanStatus(year, due, null, null, null, today().isAfter(due)));
	}

	@Transactional
	void station(String unitCode, UUID exhibitionId, String staff, LocalDate firstDay, LocalDate lastDay, String by) {
		Exhibition exhibition = find(exhibitionId);
		if (lastDay.isBefore(firstDay) || firstDay.isBefore(exhibition.startsOn()) || lastDay.isAfter(exhibition.endsOn())) {
			throw new BadRequestException("exhibition.stationing.days");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into stationing (id, exhibition_id, staff, first_day, last_day, recorded_by) values (?, ?, ?, ?, ?, ?)")
			.params(id.toString(), exhibitionId.toString(), staff.strip(), firstDay, lastDay, by)
			.update();
		events.publishEvent(new ExhibitionStationed(unitCode, id, exhibitionId, exhibition.name(),
				(int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1, firstDay));
	}

	List<Stationing> stationings() {
		return jdbc.sql("select s.staff, s.first_day, s.last_day, e.name from stationing s join exhibition e on e.id = s.exhibition_id "
				+ "order by s.first_day desc")
			.query((rs, n) -> new Stationing(rs.getString(4), rs.getString(1), rs.getDate(2).toLocalDate(),
					rs.getDate(3).toLocalDate()))
			.list();
	}

	@Transactional
	UUID receiveComplaint(UUID exhibitionId, FairComplaint complaint) {
		find(exhibitionId);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into fair_complaint (id, exhibition_id, complainant, respondent, facts, received_at) values (?, ?, ?, ?, ?, ?)")
			.params(id.toString(), exhibitionId.toString(), complaint.complainant().strip(), complaint.respondent().strip(),
					complaint.facts().strip(), Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	@Transactional
	void handleComplaint(UUID complaintId, String outcome) {
		if (jdbc.sql("update fair_complaint set handled_at = ?, outcome = ? where id = ? and handled_at is null")
			.params(Timestamp.from(clock.instant()), outcome.strip(), complaintId.toString())
			.update() != 1) {
			complaint(complaintId);
			throw new ConflictException("exhibition.complaint.handled");
		}
	}

	void complaint(UUID complaintId) {
		if (jdbc.sql("select count(*) from fair_complaint where id = ?").param(complaintId.toString()).query(Long.class).single() == 0) {
			throw new NotFoundException("exhibition.complaint.not-found");
		}
	}

	List<Complaint> complaints() {
		return jdbc.sql("select c.*, e.name from fair_complaint c join exhibition e on e.id = c.exhibition_id "
				+ "order by case when c.handled_at is null then 0 else 1 end, c.received_at desc")
			.query((rs, n) -> {
				LocalDateTime received = rs.getTimestamp("received_at").toInstant().atZone(ZONE).toLocalDateTime();
				Timestamp handled = rs.getTimestamp("handled_at");
				LocalDateTime handledAt = handled == null ? null : handled.toInstant().atZone(ZONE).toLocalDateTime();
				boolean late = handledAt == null ? today().isAfter(received.toLocalDate())
						: handledAt.toLocalDate().isAfter(received.toLocalDate());
				return new Complaint(UUID.fromString(rs.getString("id")), rs.getString("name"),
						rs.getString("complainant"), rs.getString("respondent"), rs.getString("facts"), received, handledAt,
						rs.getString("outcome"), late);
			})
			.list();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** An exhibition of the register. */
	public record Exhibition(UUID id, String name, String venue, String organiser, LocalDate startsOn, LocalDate endsOn) {
	}

	/** The unit's stationing plan for a year: submitted or not, and whether late (due end of April). */
	public record PlanStatus(int year, LocalDate due, String content, LocalDateTime submittedAt, String submittedBy,
			boolean late) {
	}

	/** Who was stationed at which exhibition on which days. */
	public record Stationing(String exhibition, String staff, LocalDate firstDay, LocalDate lastDay) {
	}

	/** A complaint received at a fair and its same-day handling. */
	public record Complaint(UUID id, String exhibition, String complainant, String respondent, String facts,
			LocalDateTime receivedAt, LocalDateTime handledAt, String outcome, boolean late) {
	}
}
