package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.experts.VolunteerActivityHeld;
import org.iprassist.experts.internal.VolunteerForms.ActivityView;
import org.iprassist.experts.internal.VolunteerForms.MemberView;
import org.iprassist.experts.internal.VolunteerForms.TeamDetail;
import org.iprassist.experts.internal.VolunteerForms.TeamView;
import org.iprassist.experts.internal.VolunteerForms.VolunteerHours;
import org.iprassist.experts.internal.VolunteerForms.YearlyHours;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the current unit's volunteer teams in its own schema: teams, volunteers, activities held
 * (published as {@link VolunteerActivityHeld} for the appraisal), and the hours each volunteer and
 * each team gave in a year.
 */
@Service
@Transactional
class VolunteerManagement {

	private final VolunteerTeams teams;

	private final Volunteers volunteers;

	private final VolunteerActivities activities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VolunteerManagement(VolunteerTeams teams, Volunteers volunteers, VolunteerActivities activities,
			ApplicationEventPublisher events, Clock clock) {
		this.teams = teams;
		this.volunteers = volunteers;
		this.activities = activities;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<TeamView> teams() {
		return teams.findAllByOrderByNameAsc().stream().map(this::view).toList();
	}

	TeamView create(VolunteerForms.Team form, IprUser user) {
		PoolRoles.requireWorker(user, unit());
		return view(teams.save(new VolunteerTeamEntity(form.name(), form.description(), LocalDateTime.now(clock))));
	}

	@Transactional(readOnly = true)
	TeamDetail team(UUID teamId, int year, IprUser user) {
		VolunteerTeamEntity team = find(teamId);
		boolean wholePhone = user.hasUnitRole(unit(), Role.UNIT_ADMIN);
		List<MemberView> members = volunteers.findByTeamIdOrderByNameAsc(teamId)
			.stream()
			.map(v -> v.toView(wholePhone))
			.toList();
		List<ActivityView> held = activities.findByTeamIdOrderByHeldOnDesc(teamId)
			.stream()
			.map(VolunteerActivityEntity::toView)
			.toList();
		return new TeamDetail(view(team), members, held, hours(teamId, year));
	}

	MemberView addMember(UUID teamId, VolunteerForms.Member form, IprUser user) {
		find(teamId);
		PoolRoles.requireWorker(user, unit());
		return volunteers.save(new VolunteerEntity(teamId, form)).toView(false);
	}

	ActivityView recordActivity(UUID teamId, VolunteerForms.Activity form, IprUser user) {
		VolunteerTeamEntity team = find(teamId);
		PoolRoles.requireWorker(user, unit());
		if (form.heldOn().isAfter(LocalDate.now(clock))) {
			throw new BadRequestException("volunteers.activity.invalid");
		}
		for (UUID volunteerId : form.volunteerIds()) {
			volunteers.findById(volunteerId)
				.filter(v -> v.teamId().equals(teamId))
				.orElseThrow(() -> new BadRequestException("volunteers.member.not-in-team", volunteerId));
		}
		VolunteerActivityEntity activity = activities
			.save(new VolunteerActivityEntity(team.id(), form, user.getUsername()));
		events.publishEvent(new VolunteerActivityHeld(unit(), activity.id(), team.id(), activity.theme(),
				activity.heldOn(), activity.volunteerIds().size(), activity.totalHours()));
		return activity.toView();
	}

	@Transactional(readOnly = true)
	YearlyHours hours(UUID teamId, int year) {
		find(teamId);
		if (year < 2000 || year > 2100) {
			throw new BadRequestException("volunteers.hours.year-invalid", year);
		}
		Map<UUID, BigDecimal> byVolunteer = new HashMap<>();
		for (VolunteerActivityEntity activity : activities.findByTeamIdAndHeldOnBetween(teamId, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31))) {
			activity.volunteerIds().forEach(id -> byVolunteer.merge(id, activity.hoursEach(), BigDecimal::add));
		}
		List<VolunteerHours> rows = volunteers.findByTeamIdOrderByNameAsc(teamId)
			.stream()
			.map(v -> new VolunteerHours(v.id(), v.name(), byVolunteer.getOrDefault(v.id(), BigDecimal.ZERO)))
			.sorted(Comparator.comparing(VolunteerHours::hours).reversed())
			.toList();
		return new YearlyHours(year, rows, rows.stream().map(VolunteerHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	private VolunteerTeamEntity find(UUID teamId) {
		return teams.findById(teamId).orElseThrow(() -> new NotFoundException("volunteers.team.not-found", teamId));
	}

	private TeamView view(VolunteerTeamEntity team) {
		return new TeamView(team.id(), team.name(), team.description(), volunteers.countByTeamId(team.id()));
	}

	private static String unit() {
		return Tenancy.current().orElseThrow().code().value();
	}
}
