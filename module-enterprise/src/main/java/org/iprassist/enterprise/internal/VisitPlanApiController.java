package org.iprassist.enterprise.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.enterprise.internal.EnterpriseForms.PlanForm;
import org.iprassist.enterprise.internal.EnterpriseForms.PlanView;
import org.iprassist.enterprise.internal.EnterpriseForms.Review;
import org.iprassist.enterprise.internal.EnterpriseForms.Submission;
import org.iprassist.enterprise.internal.EnterpriseForms.UnitPlanSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current unit's visit plan over the API, and, for the regional centre, the province's plans
 * and their review ({@code /network}).
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/visit-plans")
class VisitPlanApiController {

	private final VisitManagement visits;

	private final PlanReviewManagement reviews;

	VisitPlanApiController(VisitManagement visits, PlanReviewManagement reviews) {
		this.visits = visits;
		this.reviews = reviews;
	}

	@GetMapping
	PlanView plan(@PathVariable String unit, @RequestParam(required = false) Integer year) {
		return visits.plan(year == null ? visits.currentYear() : year);
	}

	@PutMapping
	PlanView save(@PathVariable String unit, @Valid @RequestBody PlanForm form, @AuthenticationPrincipal IprUser user) {
		return visits.savePlan(form.year(), form.enterpriseIds(), user);
	}

	@PostMapping("/submission")
	PlanView submit(@PathVariable String unit, @Valid @RequestBody Submission submission,
			@AuthenticationPrincipal IprUser user) {
		return visits.submitPlan(submission.year(), user);
	}

	@GetMapping("/network")
	List<UnitPlanSummary> network(@PathVariable String unit, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal IprUser user) {
		return reviews.overview(year == null ? visits.currentYear() : year, user);
	}

	@GetMapping("/network/plan")
	PlanView unitPlan(@PathVariable String unit, @RequestParam String unitCode, @RequestParam int year,
			@AuthenticationPrincipal IprUser user) {
		return reviews.plan(unitCode, year, user);
	}

	@PostMapping("/network/reviews")
	PlanView review(@PathVariable String unit, @Valid @RequestBody Review review, @AuthenticationPrincipal IprUser user) {
		return reviews.review(review, user);
	}
}
