package org.iprassist.experts.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
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
 * The current unit's volunteer teams in its portal: the list, a team's page with its volunteers,
 * activities and the year's hours, and the forms that add to them. Invalid input comes back as a
 * warning on the same page, nothing saved.
 */
@Controller
@RequestMapping("/t/{unit}/volunteers")
class VolunteerPagesController {

	private final VolunteerManagement volunteers;

	VolunteerPagesController(VolunteerManagement volunteers) {
		this.volunteers = volunteers;
	}

	@GetMapping
	String teams(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("teams", volunteers.teams());
		return "experts/volunteer-teams";
	}

	@PostMapping
	String create(@PathVariable String unit, @Valid @ModelAttribute VolunteerForms.Team form, BindingResult errors,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("invalid", true);
			return "redirect:/t/" + unit + "/volunteers";
		}
		UUID id = volunteers.create(form, user).id();
		return "redirect:/t/" + unit + "/volunteers/" + id;
	}

	@GetMapping("/{teamId}")
	String team(@PathVariable String unit, @PathVariable UUID teamId, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("detail", volunteers.team(teamId, year == null ? volunteers.currentYear() : year, user));
		return "experts/volunteer-team";
	}

	@PostMapping("/{teamId}/members")
	String addMember(@PathVariable String unit, @PathVariable UUID teamId,
			@Valid @ModelAttribute VolunteerForms.Member form, BindingResult errors,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			volunteers.hours(teamId, volunteers.currentYear());
			redirect.addFlashAttribute("invalid", true);
		}
		else {
			volunteers.addMember(teamId, form, user);
			redirect.addFlashAttribute("saved", true);
		}
		return "redirect:/t/" + unit + "/volunteers/" + teamId;
	}

	@PostMapping("/{teamId}/activities")
	String recordActivity(@PathVariable String unit, @PathVariable UUID teamId,
			@Valid @ModelAttribute VolunteerForms.Activity form, BindingResult errors,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			volunteers.hours(teamId, volunteers.currentYear());
			redirect.addFlashAttribute("invalid", true);
		}
		else {
			volunteers.recordActivity(teamId, form, user);
			redirect.addFlashAttribute("saved", true);
		}
		return "redirect:/t/" + unit + "/volunteers/" + teamId;
	}
}
