package org.iprassist.tenants.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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
 * A unit's portal home: who the unit is (from the tenant store) and its own profile and staff
 * roster (from its schema). Its unit admin edits profile and roster here.
 */
@Controller
@RequestMapping("/t/{unit}")
class UnitPortalController {

	static final int ROSTER_PAGE_SIZE = 50;

	private final UnitDirectory directory;

	private final UnitProfileManagement profiles;

	UnitPortalController(UnitDirectory directory, UnitProfileManagement profiles) {
		this.directory = directory;
		this.profiles = profiles;
	}

	@GetMapping({ "", "/" })
	String home(@PathVariable String unit, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal IprUser user, Model model) {
		UnitView view = unitView(unit);
		model.addAttribute("unit", view);
		model.addAttribute("parent", view.parentCode() == null ? null : directory.find(view.parentCode()).orElse(null));
		model.addAttribute("provinceName", directory.provinceName(view.provinceCode()));
		model.addAttribute("profile", profiles.profile());
		model.addAttribute("staff", profiles.staff(PageRequest.of(Math.max(page, 0), ROSTER_PAGE_SIZE)));
		model.addAttribute("canEdit", user.hasUnitRole(unit, Role.UNIT_ADMIN));
		return "tenants/unit-home";
	}

	@GetMapping("/profile")
	String editProfile(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		requireUnitAdmin(user, unit);
		model.addAttribute("unit", unitView(unit));
		model.addAttribute("form", ProfileForm.of(profiles.profile()));
		return "tenants/profile-form";
	}

	@PostMapping("/profile")
	String updateProfile(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireUnitAdmin(user, unit);
		if (errors.hasErrors()) {
			model.addAttribute("unit", unitView(unit));
			return "tenants/profile-form";
		}
		profiles.update(form, user.getUsername());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/";
	}

	@PostMapping("/staff")
	String addStaff(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult errors, RedirectAttributes redirect) {
		requireUnitAdmin(user, unit);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("staffError", true);
		}
		else {
			profiles.addStaff(form);
			redirect.addFlashAttribute("saved", true);
		}
		return "redirect:/t/" + unit + "/#staff";
	}

	@PostMapping("/staff/{staffId}/delete")
	String removeStaff(@PathVariable String unit, @PathVariable UUID staffId, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		requireUnitAdmin(user, unit);
		profiles.removeStaff(staffId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/#staff";
	}

	private UnitView unitView(String unit) {
		return directory.find(unit).orElseThrow(() -> new NotFoundException("error.unit.not-found", unit));
	}

	static void requireUnitAdmin(IprUser user, String unit) {
		if (!user.hasUnitRole(unit, Role.UNIT_ADMIN)) {
			throw new AccessDeniedException("Only the unit admin edits the profile");
		}
	}
}
