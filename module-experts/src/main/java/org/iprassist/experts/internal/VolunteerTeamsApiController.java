package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.experts.internal.VolunteerForms.ActivityView;
import org.iprassist.experts.internal.VolunteerForms.MemberView;
import org.iprassist.experts.internal.VolunteerForms.TeamDetail;
import org.iprassist.experts.internal.VolunteerForms.TeamView;
import org.iprassist.experts.internal.VolunteerForms.YearlyHours;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current unit's volunteer teams over the API.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/volunteer-teams")
class VolunteerTeamsApiController {

	private final VolunteerManagement volunteers;

	VolunteerTeamsApiController(VolunteerManagement volunteers) {
		this.volunteers = volunteers;
	}

	@GetMapping
	List<TeamView> teams(@PathVariable String unit) {
		return volunteers.teams();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TeamView create(@PathVariable String unit, @Valid @RequestBody VolunteerForms.Team form,
			@AuthenticationPrincipal IprUser user) {
		return volunteers.create(form, user);
	}

	@GetMapping("/{teamId}")
	TeamDetail team(@PathVariable String unit, @PathVariable UUID teamId, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal IprUser user) {
		return volunteers.team(teamId, year == null ? volunteers.currentYear() : year, user);
	}

	@PostMapping("/{teamId}/members")
	@ResponseStatus(HttpStatus.CREATED)
	MemberView addMember(@PathVariable String unit, @PathVariable UUID teamId,
			@Valid @RequestBody VolunteerForms.Member form, @AuthenticationPrincipal IprUser user) {
		return volunteers.addMember(teamId, form, user);
	}

	@PostMapping("/{teamId}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	ActivityView recordActivity(@PathVariable String unit, @PathVariable UUID teamId,
			@Valid @RequestBody VolunteerForms.Activity form, @AuthenticationPrincipal IprUser user) {
		return volunteers.recordActivity(teamId, form, user);
	}

	@GetMapping("/{teamId}/hours")
	YearlyHours hours(@PathVariable String unit, @PathVariable UUID teamId, @RequestParam(required = false) Integer year) {
		return volunteers.hours(teamId, year == null ? volunteers.currentYear() : year);
	}
}
