package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The designated contact's one-time link. Opening it shows only who sent it and a button; pressing
 * the button (a POST with its CSRF token) uses the link up and ties it to that browser's session,
 * where the link then shows the determination, with a signed, expiring download link of the sealed
 * opinion PDF, its SHA-256 and verification code, for as long as the session lasts: reloading or
 * switching the language keeps it, while any other browser or device gets "not found". Mail
 * scanners and chat apps fetch links to preview them, so a GET never uses one up. A used, unknown
 * or malformed link gets the same friendly "not found" page, so a link reveals nothing by being
 * guessed.
 */
@Controller
class ContactLinkController {

	private static final String LINK = "/p/ecommerce/{unit}/determinations/{token}";

	private static final String OPENED = ContactLinkController.class.getName() + ".opened.";

	private final EcommerceCases cases;

	private final DeterminationDeliveries deliveries;

	private final EcommerceUnits units;

	private final Clock clock;

	ContactLinkController(EcommerceCases cases, DeterminationDeliveries deliveries, EcommerceUnits units, Clock clock) {
		this.cases = cases;
		this.deliveries = deliveries;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping(LINK)
	String open(@PathVariable String unit, @PathVariable String token, HttpServletRequest request, Model model) {
		UnitView sender = sender(unit, token);
		TenantWork.Scope tenant = units.in(unit);
		String tokenHash = DeterminationDeliveries.sha256(token);
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(opened(unit, tokenHash)) instanceof UUID caseId) {
			model.addAttribute("document", tenant.call(() -> cases.find(caseId)
				.map(c -> view(deliveries.document(unit, c, null)))
				.orElseThrow(() -> new NotFoundException("ecommerce.link.not-found"))));
			return "ecommerce/determination";
		}
		if (!tenant.call(() -> cases.redeemable(tokenHash))) {
			throw new NotFoundException("ecommerce.link.not-found");
		}
		model.addAttribute("sender", sender.name());
		model.addAttribute("unit", unit);
		model.addAttribute("token", token);
		return "ecommerce/determination-open";
	}

	@PostMapping(LINK)
	String redeem(@PathVariable String unit, @PathVariable String token, HttpServletRequest request) {
		sender(unit, token);
		String tokenHash = DeterminationDeliveries.sha256(token);
		UUID caseId = units.in(unit).call(() -> cases.redeem(tokenHash, clock.instant())
			.map(EcommerceCase::id)
			.orElseThrow(() -> new NotFoundException("ecommerce.link.not-found")));
		request.getSession().setAttribute(opened(unit, tokenHash), caseId);
		return "redirect:/p/ecommerce/" + unit + "/determinations/" + token;
	}

	private EcommerceViews.Document view(DeterminationDocument document) {
		return new EcommerceViews.Document(document.caseNumber(), document.platformReference(),
				document.receivingUnit(), document.handlingUnit(), document.platform(), document.shop(),
				document.product(), document.patentNumber(), document.rightHolder(), document.complainedParty(),
				document.conclusion(), document.reasons(), document.findings()
					.stream()
					.map(f -> new EcommerceViews.Claim(0, f.claim(), f.within(), f.note()))
					.toList(),
				EcommerceViews.time(document.receivedAt(), clock), EcommerceViews.time(document.determinedAt(), clock),
				document.opinion());
	}

	private static String opened(String unit, String tokenHash) {
		return OPENED + unit + "." + tokenHash;
	}

	private UnitView sender(String unit, String token) {
		if (!UnitCode.isValid(unit) || !token.matches("[0-9a-f]{48}")) {
			throw new NotFoundException("ecommerce.link.not-found");
		}
		return units.find(unit).orElseThrow(() -> new NotFoundException("ecommerce.link.not-found"));
	}
}
