package org.iprassist.cases.internal.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.cases.internal.complaints.BureauForm;
import org.iprassist.cases.internal.complaints.BureauManagement;
import org.iprassist.cases.internal.complaints.BureauView;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The unit's bureau directory in the portal: the list (phones masked) with a form to add a bureau,
 * a page to edit one, and deactivation, after which the bureau is no longer offered for transfers.
 * A form with errors comes back with its field messages and nothing saved.
 */
@Controller
@RequestMapping("/t/{unit}/bureaus")
class BureauPagesController {

	private final BureauManagement bureaus;

	BureauPagesController(BureauManagement bureaus) {
		this.bureaus = bureaus;
	}

	@GetMapping
	String list(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		return listPage(unit, user, BureauForm.empty(), model);
	}

	@PostMapping
	String add(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute("form") BureauForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return listPage(unit, user, form, model);
		}
		bureaus.add(form);
		return "redirect:/t/" + unit + "/bureaus";
	}

	@GetMapping("/{bureauId}/edit")
	String edit(@PathVariable String unit, @PathVariable UUID bureauId, Model model) {
		BureauView bureau = bureaus.one(bureauId);
		return editPage(unit, bureau, bureau.toForm(), model);
	}

	@PostMapping("/{bureauId}")
	String update(@PathVariable String unit, @PathVariable UUID bureauId,
			@Valid @ModelAttribute("form") BureauForm form, BindingResult errors, Model model) {
		BureauView bureau = bureaus.one(bureauId);
		if (errors.hasErrors()) {
			return editPage(unit, bureau, form, model);
		}
		bureaus.update(bureauId, form);
		return "redirect:/t/" + unit + "/bureaus";
	}

	@PostMapping("/{bureauId}/deactivate")
	String deactivate(@PathVariable String unit, @PathVariable UUID bureauId) {
		bureaus.deactivate(bureauId);
		return "redirect:/t/" + unit + "/bureaus";
	}

	private String listPage(String unit, IprUser user, BureauForm form, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("bureaus", bureaus.all());
		model.addAttribute("form", form);
		model.addAttribute("unitAdmin", user.hasUnitRole(unit, Role.UNIT_ADMIN));
		return "cases/bureaus";
	}

	private String editPage(String unit, BureauView bureau, BureauForm form, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("bureau", bureau);
		model.addAttribute("form", form);
		return "cases/bureau-edit";
	}
}
