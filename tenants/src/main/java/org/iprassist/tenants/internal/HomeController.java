package org.iprassist.tenants.internal;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.security.UnitAccess;
import org.iprassist.tenants.UnitDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after login: the units the user may enter, and the consoles they may open.
 * A user with exactly one unit and no console goes straight to that unit.
 */
@Controller
class HomeController {

	private final UnitDirectory directory;

	HomeController(UnitDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal IprUser user, Model model) {
		var units = directory.enterableBy(user);
		boolean console = user.hasPlatformRole(Role.PLATFORM_ADMIN) || !user.regionalProvinces().isEmpty();
		if (units.size() == 1 && !console && UnitAccess.onlyExpertIn(user, units.get(0).code())) {
			return "redirect:/t/" + units.get(0).code() + "/consultations/mine";
		}
		if (units.size() == 1 && !console) {
			return "redirect:/t/" + units.get(0).code() + "/";
		}
		model.addAttribute("units", units);
		model.addAttribute("provinces", user.regionalProvinces().stream().sorted().toList());
		return "tenants/home";
	}
}
