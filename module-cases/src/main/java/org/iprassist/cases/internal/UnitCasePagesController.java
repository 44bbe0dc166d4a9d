package org.iprassist.cases.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.tenants.UnitView;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The unit's casework settings: its market-regulation bureau directory and its seal image (the
 * drawn default, replaceable by the unit admin with a PNG scan of the real seal).
 */
@Controller
@RequestMapping("/t/{unit}")
class UnitCasePagesController {

	private final BureauDirectory bureaus;

	private final UnitSeals seals;

	private final CurrentUnit current;

	private final Uploads uploads;

	UnitCasePagesController(BureauDirectory bureaus, UnitSeals seals, CurrentUnit current, Uploads uploads) {
		this.bureaus = bureaus;
		this.seals = seals;
		this.current = current;
		this.uploads = uploads;
	}

	@GetMapping("/bureaus")
	String bureaus(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("bureaus", bureaus.all());
		model.addAttribute("form", new BureauForm(null, null, null));
		model.addAttribute("unitAdmin", user.hasUnitRole(unit, Role.UNIT_ADMIN));
		return "cases/bureaus";
	}

	@PostMapping("/bureaus")
	String addBureau(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute("form") BureauForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("unitCode", unit);
			model.addAttribute("bureaus", bureaus.all());
			model.addAttribute("unitAdmin", user.hasUnitRole(unit, Role.UNIT_ADMIN));
			return "cases/bureaus";
		}
		bureaus.add(form);
		return "redirect:/t/" + unit + "/bureaus";
	}

	@PostMapping("/bureaus/{bureauId}/delete")
	String removeBureau(@PathVariable String unit, @PathVariable UUID bureauId) {
		bureaus.remove(bureauId);
		return "redirect:/t/" + unit + "/bureaus";
	}

	@GetMapping("/seal")
	ResponseEntity<byte[]> seal(@PathVariable String unit) {
		UnitView view = current.view();
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(seals.sealOf(view.code(), view.name()).image());
	}

	@PostMapping("/seal")
	String replaceSeal(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		if (!user.hasUnitRole(unit, Role.UNIT_ADMIN)) {
			throw new AccessDeniedException("Only the unit admin replaces the seal");
		}
		UnitView view = current.view();
		seals.replaceImage(view.code(), view.name(), UnitSeals.requirePng(uploads.check(file, AllowedType.IMAGES)));
		return "redirect:/t/" + unit + "/bureaus";
	}
}
