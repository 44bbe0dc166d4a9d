package org.iprassist.cases.exhibitions.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * A unit's exhibition work on one page: the register, this year's stationing plan, stationing
 * records and the same-day track of complaints received at fairs, each linked to its complaint case.
 */
@Controller
@RequestMapping("/t/{unit}/exhibitions")
class ExhibitionsController {

	private final ExhibitionManagement exhibitions;

	private final MessageSource messages;

	ExhibitionsController(ExhibitionManagement exhibitions, MessageSource messages) {
		this.exhibitions = exhibitions;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String overview(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("exhibitions", exhibitions.list());
		model.addAttribute("plan", exhibitions.plan(exhibitions.today().getYear()));
		model.addAttribute("stationings", exhibitions.stationings());
		model.addAttribute("complaints", exhibitions.complaints());
		return "exhibitions/overview";
	}

	@PostMapping
	String register(@PathVariable String unit, @Valid @ModelAttribute NewExhibition exhibition, BindingResult errors,
			RedirectAttributes redirect) {
		return done(unit, redirect, errors.hasErrors() ? "exhibition.invalid" : null, () -> exhibitions.register(exhibition));
	}

	@PostMapping("/plan")
	String plan(@PathVariable String unit, @RequestParam(required = false) String content,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		boolean invalid = content == null || content.isBlank() || content.length() > 4000;
		return done(unit, redirect, invalid ? "exhibition.plan.invalid" : null,
				() -> exhibitions.submitPlan(exhibitions.today().getYear(), content, user.getUsername()));
	}

	@PostMapping("/{exhibitionId}/stationing")
	String station(@PathVariable String unit, @PathVariable UUID exhibitionId, @RequestParam(required = false) String staff,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		exhibitions.find(exhibitionId);
		boolean invalid = staff == null || staff.isBlank() || staff.length() > 500 || firstDay == null || lastDay == null;
		return done(unit, redirect, invalid ? "exhibition.stationing.invalid" : null,
				() -> exhibitions.station(unit, exhibitionId, staff, firstDay, lastDay, user.getUsername()));
	}

	@PostMapping("/{exhibitionId}/complaints")
	String complaint(@PathVariable String unit, @PathVariable UUID exhibitionId, @Valid @ModelAttribute FairComplaint complaint,
			BindingResult errors, @AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		exhibitions.find(exhibitionId);
		return done(unit, redirect, errors.hasErrors() ? "exhibition.complaint.invalid" : null,
				() -> exhibitions.receiveComplaint(exhibitionId, complaint, user.getUsername()));
	}

	private String done(String unit, RedirectAttributes redirect, String invalidKey, Runnable work) {
		if (invalidKey != null) {
			redirect.addFlashAttribute("error", messages.getMessage(invalidKey, null, LocaleContextHolder.getLocale()));
		}
		else {
			try {
				work.run();
				redirect.addFlashAttribute("saved", true);
			}
			catch (ProblemException ex) {
				redirect.addFlashAttribute("error", ex.localizedMessage(messages));
			}
		}
		return "redirect:/t/" + unit + "/exhibitions";
	}

	/** ExhibitionManagement in the unit portal's menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		PortalLink exhibitionsLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.exhibitions", "exhibitions", 43);
		}
	}
}
