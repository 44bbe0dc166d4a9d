package org.iprassist.enterprise.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.enterprise.internal.EnterpriseForms.Answer;
import org.iprassist.enterprise.internal.EnterpriseForms.NeedForm;
import org.iprassist.enterprise.internal.EnterpriseForms.NeedView;
import org.iprassist.enterprise.internal.EnterpriseForms.VisitForm;
import org.iprassist.enterprise.internal.EnterpriseForms.VisitView;
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
 * The current unit's enterprise visits and the needs raised on them over the API.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/visits")
class VisitApiController {

	private final VisitManagement visits;

	private final SurveyManagement surveys;

	VisitApiController(VisitManagement visits, SurveyManagement surveys) {
		this.visits = visits;
		this.surveys = surveys;
	}

	@PostMapping("/{visitId}/follow-up")
	VisitView followUp(@PathVariable String unit, @PathVariable UUID visitId,
			@Valid @RequestBody EnterpriseForms.FollowUp form, @AuthenticationPrincipal IprUser user) {
		surveys.scheduleFollowUp(visitId, form.followUpOn(), user);
		return visits.visit(visitId);
	}

	@PostMapping("/{visitId}/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	SurveyManagement.SurveyLink survey(@PathVariable String unit, @PathVariable UUID visitId,
			@AuthenticationPrincipal IprUser user) {
		return surveys.create(visitId, user);
	}

	@GetMapping("/{visitId}/surveys")
	List<SurveyManagement.SurveyView> surveys(@PathVariable String unit, @PathVariable UUID visitId) {
		visits.visit(visitId);
		return surveys.ofVisit(visitId);
	}

	@GetMapping
	List<VisitView> visits(@PathVariable String unit, @RequestParam(required = false) Integer year) {
		return visits.visits(year == null ? visits.currentYear() : year);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	VisitView record(@PathVariable String unit, @Valid @RequestBody VisitForm form,
			@AuthenticationPrincipal IprUser user) {
		return visits.record(form, user);
	}

	@GetMapping("/{visitId}")
	VisitView visit(@PathVariable String unit, @PathVariable UUID visitId) {
		return visits.visit(visitId);
	}

	@PostMapping("/{visitId}/needs")
	@ResponseStatus(HttpStatus.CREATED)
	NeedView addNeed(@PathVariable String unit, @PathVariable UUID visitId, @Valid @RequestBody NeedForm form,
			@AuthenticationPrincipal IprUser user) {
		return visits.addNeed(visitId, form, user);
	}

	@GetMapping("/needs")
	List<NeedView> openNeeds(@PathVariable String unit) {
		return visits.openNeeds();
	}

	@PostMapping("/needs/{needId}/answer")
	NeedView answer(@PathVariable String unit, @PathVariable UUID needId, @Valid @RequestBody Answer answer,
			@AuthenticationPrincipal IprUser user) {
		return visits.answer(needId, answer.answer(), user);
	}

	@PostMapping("/needs/{needId}/closure")
	NeedView close(@PathVariable String unit, @PathVariable UUID needId, @AuthenticationPrincipal IprUser user) {
		return visits.close(needId, user);
	}
}
