package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regional centre's register of e-commerce platform clients: register one (its secrets are
 * shown this once), list them, revoke one. Only a regional centre has one, and only its unit admin
 * or the province's regional admin manages it.
 */
@Controller
@RequestMapping("/t/{unit}/ecommerce/clients")
class PlatformClientsController {

	private final PlatformClientManagement clients;

	private final EcommerceUnits units;

	private final Clock clock;

	PlatformClientsController(PlatformClientManagement clients, EcommerceUnits units, Clock clock) {
		this.clients = clients;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		return page(centre(unit, user), model);
	}

	private String page(UnitView centre, Model model) {
		String unit = centre.code();
		model.addAttribute("unit", centre);
		model.addAttribute("clients", clients.ofCentre(unit)
			.stream()
			.map(c -> new EcommerceViews.Client(c.clientId(), c.name(), EcommerceViews.time(c.createdAt(), clock), c.createdBy(),
					c.active(), EcommerceViews.time(c.revokedAt(), clock)))
			.toList());
		return "ecommerce/clients";
	}

	/**
	 * Answers with the page itself rather than a redirect, so that the secrets never pass through
	 * the session (which is stored in the database).
	 */
	@PostMapping
	String register(@PathVariable String unit, @RequestParam(required = false) String name,
			@AuthenticationPrincipal IprUser user, Model model) {
		UnitView centre = centre(unit, user);
		if (name == null || name.isBlank() || name.length() > 100) {
			model.addAttribute("error", true);
		}
		else {
			model.addAttribute("registered",
					clients.register(name.strip(), centre.provinceCode(), centre.code(), user.getUsername()));
		}
		return page(centre, model);
	}

	@PostMapping("/{clientId}/revoke")
	String revoke(@PathVariable String unit, @PathVariable String clientId, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		centre(unit, user);
		if (!clients.revoke(unit, clientId)) {
			throw new NotFoundException("ecommerce.client.not-found", clientId);
		}
		redirect.addFlashAttribute("revoked", clientId);
		return "redirect:/t/" + unit + "/ecommerce/clients";
	}

	private UnitView centre(String unit, IprUser user) {
		if (!units.isRegionalCentre(unit)) {
			throw new NotFoundException("ecommerce.board.centre-only");
		}
		UnitView centre = units.unit(unit);
		if (!EcommerceController.mayDispatch(user, centre)) {
			throw new AccessDeniedException("Only the centre's admins manage platform clients");
		}
		return centre;
	}
}
