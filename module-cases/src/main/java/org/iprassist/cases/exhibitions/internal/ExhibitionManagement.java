package org.iprassist.cases.exhibitions.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.cases.exhibitions.ExhibitionStationed;
import org.iprassist.cases.ComplaintCases;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stationing at exhibitions (work item 9) in the current unit: the exhibition register, the unit's
 * stationing plan for the year (due by the end of April), the stationing records (who, which days)
 * and complaints received at a fair, on a same-day track: each must be transferred to the
 * market-regulation bureau by the end of the day it was received. A fair complaint is a complaint
 * case of Cases I ({@link ComplaintCases}) and its paperwork is done on that case's pages; the
 * exhibition keeps which case it became and shows its progress against the day.
 */
@Service
class ExhibitionManagement {

	static final MonthDay PLAN_DUE = MonthDay.of(4, 30);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ComplaintCases complaintCases;

	private final Clock clock;

	ExhibitionManagement(JdbcClient jdbc, ApplicationEventPublisher events, ComplaintCases complaintCases, Clock clock) {
		this.jdbc = jdbc;
		this.complaintCases = complaintCases;
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
				LocalDateTime at = rs.getTimestamp(2).toInstant().atZone(clock.getZone()).toLocalDateTime();
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

	/**
	 * Receives a complaint at a fair as a complaint case of Cases I, which carries its paperwork.
	 * @return the complaint case's id
	 */
	@Transactional
	UUID receiveComplaint(UUID exhibitionId, FairComplaint complaint, String by) {
		Exhibition exhibition = find(exhibitionId);
		UUID caseId = complaintCases.receiveAtExhibition(exhibition.name(), complaint.complainant(),
				complaint.respondent(), complaint.facts(), complaint.jurisdictionCity(), by);
		jdbc.sql("insert into fair_complaint (id, exhibition_id, complainant, respondent, facts, received_at, case_id) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID().toString(), exhibitionId.toString(), complaint.complainant().strip(),
					complaint.respondent().strip(), complaint.facts().strip(), Timestamp.from(clock.instant()),
					caseId.toString())
			.update();
		return caseId;
	}

	/**
	 * The fair complaints with their complaint cases' progress. The same-day track is met when the
	 * case is transferred to the bureau on the day it was received.
	 */
	List<Complaint> complaints() {
		List<Received> received = jdbc.sql("select c.id, c.case_id, c.complainant, c.respondent, c.facts, c.received_at, "
				+ "e.name from fair_complaint c join exhibition e on e.id = c.exhibition_id order by c.received_at desc")
			.query((rs, n) -> new Received(UUID.fromString(rs.getString("id")),
					rs.getString("case_id") == null ? null : UUID.fromString(rs.getString("case_id")), rs.getString("name"),
					rs.getString("complainant"), rs.getString("respondent"), rs.getString("facts"),
					rs.getTimestamp("received_at").toInstant().atZone(clock.getZone()).toLocalDateTime()))
			.list();
		Map<UUID, ComplaintCases.Progress> progress = complaintCases
			.progress(received.stream().map(Received::caseId).filter(Objects::nonNull).toList());
		return received.stream().map(r -> {
			ComplaintCases.Progress p = r.caseId() == null ? null : progress.get(r.caseId());
			LocalDateTime transferredAt = p == null ? null : p.transferredAt();
			boolean late = transferredAt == null ? today().isAfter(r.receivedAt().toLocalDate())
					: transferredAt.toLocalDate().isAfter(r.receivedAt().toLocalDate());
			return new Complaint(r.id(), r.caseId(), p == null ? null : p.caseNumber(),
					p == null ? null : p.status().name(), r.exhibition(), r.complainant(), r.respondent(), r.facts(),
					r.receivedAt(), transferredAt, late);
		}).toList();
	}

	LocalDate today() {
		return LocalDate.now(clock);
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

	/** A complaint received at a fair, its complaint case and its same-day track. */
	public record Complaint(UUID id, UUID caseId, String caseNumber, String caseStatus, String exhibition,
			String complainant, String respondent, String facts, LocalDateTime receivedAt, LocalDateTime transferredAt,
			boolean late) {
	}

	private record Received(UUID id, UUID caseId, String exhibition, String complainant, String respondent, String facts,
			LocalDateTime receivedAt) {
	}
}
