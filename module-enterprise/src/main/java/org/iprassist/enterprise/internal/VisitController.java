package org.iprassist.enterprise.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.ProblemException;
import org.iprassist.enterprise.internal.EnterpriseForms.Answer;
import org.iprassist.enterprise.internal.EnterpriseForms.NeedForm;
import org.iprassist.enterprise.internal.EnterpriseForms.Review;
import org.iprassist.enterprise.internal.EnterpriseForms.VisitForm;
import org.springframework.context.MessageSource;
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
 * The unit's visit plan, visits and needs in its portal, and (in the regional centre's portal) the
 * province's plans against the visits made. Bad input comes back as a message on the same page,
 * nothing saved.
 */
@Controller
@RequestMapping("/t/{unit}")
class VisitController {

	private final VisitManagement visits;

	private final EnterpriseManagement register;

	private final PlanReviewManagement reviews;

	private final SurveyManagement surveys;

	private final MessageSource messages;

	VisitController(VisitManagement visits, EnterpriseManagement register, PlanReviewManagement reviews,
			SurveyManagement surveys, MessageSource messages) {
		this.visits = visits;
		this.surveys = surveys;
		this.register = register;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/visit-plans")
	String plan(@PathVariable String unit, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal IprUser user, Model model) {
		int shown = year == null ? visits.currentYear() : year;
		model.addAttribute("unitCode", unit);
		model.addAttribute("year", shown);
		EnterpriseForms.PlanView plan = visits.plan(shown);
		model.addAttribute("plan", plan);
		model.addAttribute("planned", plan.enterprises()
			.stream()
			.collect(Collectors.toMap(EnterpriseForms.PlannedEnterprise::enterpriseId,
					EnterpriseForms.PlannedEnterprise::visits)));
		model.addAttribute("enterprises", register.list(user));
		return "enterprise/visit-plan";
	}

	@PostMapping("/visit-plans")
	String savePlan(@PathVariable String unit, @RequestParam int year,
			@RequestParam(name = "enterpriseIds", required = false) List<UUID> enterpriseIds,
			@RequestParam(required = false) String submit, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		try {
			visits.savePlan(year, enterpriseIds == null ? List.of() : enterpriseIds, user);
			if (submit != null) {
				visits.submitPlan(year, user);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/t/" + unit + "/visit-plans?year=" + year;
	}

	@GetMapping("/visit-plans/network")
	String network(@PathVariable String unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String show, @AuthenticationPrincipal IprUser user, Model model) {
		int shown = year == null ? visits.currentYear() : year;
		model.addAttribute("unitCode", unit);
		model.addAttribute("year", shown);
		model.addAttribute("units", reviews.overview(shown, user));
		if (show != null && !show.isBlank()) {
			model.addAttribute("shownUnit", show);
			model.addAttribute("shownPlan", reviews.plan(show, shown, user));
		}
		return "enterprise/visit-plans-network";
	}

	@PostMapping("/visit-plans/network/reviews")
	String review(@PathVariable String unit, @Valid @ModelAttribute Review review, BindingResult errors,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", text("visit-plan.error.review-invalid"));
			return "redirect:/t/" + unit + "/visit-plans/network";
		}
		try {
			reviews.review(review, user);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/t/" + unit + "/visit-plans/network?year=" + review.year() + "&show=" + review.unitCode();
	}

	@GetMapping("/visits")
	String visits(@PathVariable String unit, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal IprUser user, Model model) {
		int shown = year == null ? visits.currentYear() : year;
		model.addAttribute("unitCode", unit);
		model.addAttribute("year", shown);
		model.addAttribute("visits", visits.visits(shown));
		model.addAttribute("needs", visits.openNeeds());
		model.addAttribute("followUps", visits.followUps());
		model.addAttribute("enterprises", register.list(user));
		model.addAttribute("services", VisitService.values());
		return "enterprise/visits";
	}

	@PostMapping("/visits")
	String record(@PathVariable String unit, @RequestParam(required = false) UUID enterpriseId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(required = false) String staff,
			@RequestParam(name = "services", required = false) Set<VisitService> services,
			@RequestParam(required = false) String notes,
			@RequestParam(name = "needDescription", required = false) List<String> needDescriptions,
			@RequestParam(name = "needOwner", required = false) List<String> needOwners,
			@RequestParam(name = "needDueOn", required = false) List<String> needDues,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		List<NeedForm> needs = new ArrayList<>();
		try {
			for (int i = 0; needDescriptions != null && i < needDescriptions.size(); i++) {
				if (!needDescriptions.get(i).isBlank()) {
					needs.add(new NeedForm(needDescriptions.get(i), at(needOwners, i),
							LocalDate.parse(at(needDues, i))));
				}
			}
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("error", text("visit.error.invalid"));
			return "redirect:/t/" + unit + "/visits";
		}
		VisitForm form = new VisitForm(enterpriseId, visitedOn, staff, services, notes, needs);
		if (enterpriseId == null || visitedOn == null || staff == null || staff.isBlank() || staff.length() > 200
				|| services == null || services.isEmpty() || (notes != null && notes.length() > 2000)
				|| needs.stream().anyMatch(n -> n.owner().isBlank() || n.description().length() > 1000)) {
			redirect.addFlashAttribute("error", text("visit.error.invalid"));
			return "redirect:/t/" + unit + "/visits";
		}
		try {
			UUID id = visits.record(form, user).id();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/t/" + unit + "/visits/" + id;
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
			return "redirect:/t/" + unit + "/visits";
		}
	}

	@GetMapping("/visits/{visitId}")
	String visit(@PathVariable String unit, @PathVariable UUID visitId, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("visit", visits.visit(visitId));
		model.addAttribute("surveys", surveys.ofVisit(visitId));
		return "enterprise/visit";
	}

	@PostMapping("/visits/{visitId}/follow-up")
	String followUp(@PathVariable String unit, @PathVariable UUID visitId,
			@Valid @ModelAttribute EnterpriseForms.FollowUp form, BindingResult errors,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		visits.visit(visitId);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", text("visit.error.follow-up-invalid"));
		}
		else {
			try {
				surveys.scheduleFollowUp(visitId, form.followUpOn(), user);
				redirect.addFlashAttribute("saved", true);
			}
			catch (ProblemException ex) {
				redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
			}
		}
		return "redirect:/t/" + unit + "/visits/" + visitId;
	}

	@PostMapping("/visits/{visitId}/surveys")
	String survey(@PathVariable String unit, @PathVariable UUID visitId, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		// Only the URL: flash attributes travel in the (serialized) session, and the link is shown once.
		redirect.addFlashAttribute("surveyLink", surveys.create(visitId, user).url());
		return "redirect:/t/" + unit + "/visits/" + visitId;
	}

	@PostMapping("/visits/{visitId}/needs")
	String addNeed(@PathVariable String unit, @PathVariable UUID visitId, @Valid @ModelAttribute NeedForm form,
			BindingResult errors, @AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			visits.visit(visitId);
			redirect.addFlashAttribute("error", text("visit.error.need-invalid"));
		}
		else {
			visits.addNeed(visitId, form, user);
			redirect.addFlashAttribute("saved", true);
		}
		return "redirect:/t/" + unit + "/visits/" + visitId;
	}

	@PostMapping("/needs/{needId}/answer")
	String answer(@PathVariable String unit, @PathVariable UUID needId, @Valid @ModelAttribute Answer answer,
			BindingResult errors, @AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", text("need.error.answer-invalid"));
			return "redirect:/t/" + unit + "/visits/" + visits.visitOfNeed(needId);
		}
		UUID visitId = visits.answer(needId, answer.answer(), user).visitId();
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/visits/" + visitId;
	}

	@PostMapping("/needs/{needId}/close")
	String close(@PathVariable String unit, @PathVariable UUID needId, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		UUID visitId = visits.close(needId, user).visitId();
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/visits/" + visitId;
	}

	private static String at(List<String> values, int index) {
		return values != null && index < values.size() ? values.get(index) : "";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
