package org.iprassist.enterprise.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.ProblemException;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyForm;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyReview;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service case studies in the unit portal: the unit's own (written, submitted), and in the
 * regional centre's portal those its province's units sent, with the decision form. Bad input
 * comes back as a message with what was typed, nothing saved.
 */
@Controller
@RequestMapping("/t/{unit}/case-studies")
class CaseStudyController {

	private final CaseStudyManagement studies;

	private final CaseStudyReviewManagement reviews;

	private final VisitManagement visits;

	private final MessageSource messages;

	CaseStudyController(CaseStudyManagement studies, CaseStudyReviewManagement reviews, VisitManagement visits,
			MessageSource messages) {
		this.studies = studies;
		this.reviews = reviews;
		this.visits = visits;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("studies", studies.list());
		model.addAttribute("visits", visits.visits(visits.currentYear()));
		return "enterprise/case-studies";
	}

	@PostMapping
	String write(@PathVariable String unit, @Valid @ModelAttribute CaseStudyForm form, BindingResult errors,
			@AuthenticationPrincipal IprUser user, Model model, RedirectAttributes redirect) {
		String error = null;
		if (errors.hasErrors()) {
			error = text("case-study.error.invalid");
		}
		else {
			try {
				UUID id = studies.write(form, user).id();
				redirect.addFlashAttribute("saved", true);
				return "redirect:/t/" + unit + "/case-studies/" + id;
			}
			catch (ProblemException ex) {
				error = text(ex.messageKey(), ex.arguments());
			}
		}
		model.addAttribute("error", error);
		model.addAttribute("input", form);
		return list(unit, model);
	}

	@GetMapping("/{caseStudyId}")
	String study(@PathVariable String unit, @PathVariable UUID caseStudyId, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("study", studies.find(caseStudyId));
		model.addAttribute("reviewing", false);
		return "enterprise/case-study";
	}

	@PostMapping("/{caseStudyId}/submit")
	String submit(@PathVariable String unit, @PathVariable UUID caseStudyId, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		studies.submit(caseStudyId, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/case-studies/" + caseStudyId;
	}

	@GetMapping("/network")
	String network(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("studies", reviews.submitted(user));
		model.addAttribute("unitNames", reviews.unitNames(user));
		return "enterprise/case-studies-network";
	}

	@GetMapping("/network/study")
	String networkStudy(@PathVariable String unit, @RequestParam String unitCode, @RequestParam UUID caseStudyId,
			@AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("study", reviews.study(unitCode, caseStudyId, user));
		model.addAttribute("reviewing", true);
		return "enterprise/case-study";
	}

	@PostMapping("/network/reviews")
	String review(@PathVariable String unit, @Valid @ModelAttribute CaseStudyReview review, BindingResult errors,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", text("case-study.error.review-invalid"));
			return "redirect:/t/" + unit + "/case-studies/network";
		}
		try {
			reviews.review(review, user);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/t/" + unit + "/case-studies/network";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** Case studies in the unit portal's menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		PortalLink caseStudiesLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.case-studies", "case-studies", 49);
		}
	}
}
