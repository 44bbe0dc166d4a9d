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
class TypicalCaseController {

	private final CaseStudyReviewManagement reviews;

	TypicalCaseController(CaseStudyReviewManagement reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String list(@PathVariable String province, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("cases", reviews.typicalCases(province));
		return "enterprise/typical-cases";
	}

	@GetMapping("/{caseId}")
	String one(@PathVariable String province, @PathVariable UUID caseId, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("typicalCase", reviews.typicalCase(province, caseId)
			.orElseThrow(() -> new NotFoundException("case-study.error.not-found", caseId)));
		return "enterprise/typical-case";
	}
}
