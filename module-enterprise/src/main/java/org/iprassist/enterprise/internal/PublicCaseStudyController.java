package org.iprassist.enterprise.internal;

import java.util.UUID;

import org.iprassist.core.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The province's public page of typical service cases (典型服务案例), {@code /p/{province}/typical-cases}:
 * anonymous and read-only, the case studies the regional centre accepted and made public.
 */
@Controller
@RequestMapping("/p/{province}/typical-cases")
class PublicCaseStudyController {

	private final CaseStudyReviewManagement reviews;

	PublicCaseStudyController(CaseStudyReviewManagement reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String list(@PathVariable String province, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("cases", reviews.publicCaseStudies(province));
		return "enterprise/public-case-studies";
	}

	@GetMapping("/{caseId}")
	String one(@PathVariable String province, @PathVariable UUID caseId, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("study", reviews.publicCaseStudy(province, caseId)
			.orElseThrow(() -> new NotFoundException("case-study.error.not-found", caseId)));
		return "enterprise/public-case-study";
	}
}
