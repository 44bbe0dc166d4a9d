package org.iprassist.enterprise.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyForm;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyReview;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current unit's service case studies over the API, and, for the regional centre, those its
 * province's units sent and their review ({@code /network}).
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/case-studies")
class CaseStudyApiController {

	private final CaseStudyManagement studies;

	private final CaseStudyReviewManagement reviews;

	CaseStudyApiController(CaseStudyManagement studies, CaseStudyReviewManagement reviews) {
		this.studies = studies;
		this.reviews = reviews;
	}

	@GetMapping
	List<CaseStudyView> list(@PathVariable String unit) {
		return studies.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseStudyView write(@PathVariable String unit, @Valid @RequestBody CaseStudyForm form,
			@AuthenticationPrincipal IprUser user) {
		return studies.write(form, user);
	}

	@GetMapping("/{caseStudyId}")
	CaseStudyView study(@PathVariable String unit, @PathVariable UUID caseStudyId) {
		return studies.find(caseStudyId);
	}

	@PutMapping("/{caseStudyId}")
	CaseStudyView edit(@PathVariable String unit, @PathVariable UUID caseStudyId, @Valid @RequestBody CaseStudyForm form,
			@AuthenticationPrincipal IprUser user) {
		return studies.edit(caseStudyId, form, user);
	}

	@PostMapping("/{caseStudyId}/submission")
	CaseStudyView submit(@PathVariable String unit, @PathVariable UUID caseStudyId,
			@AuthenticationPrincipal IprUser user) {
		return studies.submit(caseStudyId, user);
	}

	@GetMapping("/network")
	List<CaseStudyView> network(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		return reviews.submitted(user);
	}

	@GetMapping("/network/study")
	CaseStudyView networkStudy(@PathVariable String unit, @RequestParam String unitCode, @RequestParam UUID caseStudyId,
			@AuthenticationPrincipal IprUser user) {
		return reviews.study(unitCode, caseStudyId, user);
	}

	@PostMapping("/network/reviews")
	CaseStudyView review(@PathVariable String unit, @Valid @RequestBody CaseStudyReview review,
			@AuthenticationPrincipal IprUser user) {
		return reviews.review(review, user);
	}
}
