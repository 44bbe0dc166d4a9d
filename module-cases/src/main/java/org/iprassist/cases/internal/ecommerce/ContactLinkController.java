package org.iprassist.cases.internal.ecommerce;

import java.time.Clock;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The designated contact's one-time link: opening it shows only who sent it and a button; pressing
 * the button (a POST with its CSRF token) shows the determination once, with a signed, expiring
 * download link of the sealed opinion PDF, its SHA-256 and verification code, and uses the link up.
 * Mail scanners and chat apps fetch links to preview them, so a GET must never be the view that
 * uses it up. A used, unknown or malformed link gets the same friendly "not found" page, so a link
 * reveals nothing by being guessed.
 */
@Controller
class ContactLinkController {

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

	private static final String LINK = "/p/ecommerce/{unit}/determinations/{token}";

	@GetMapping(LINK)
	String open(@PathVariable String unit, @PathVariable String token, Model model) {
		UnitView sender = sender(unit, token);
		if (!Tenancy.callAs(units.tenant(unit), () -> cases.redeemable(DeterminationDeliveries.sha256(token)))) {
			throw new NotFoundException("ecommerce.link.not-found");
		}
		model.addAttribute("sender", sender.name());
		model.addAttribute("unit", unit);
		model.addAttribute("token", token);
		return "ecommerce/determination-open";
	}

	@PostMapping(LINK)
	String show(@PathVariable String unit, @PathVariable String token, Model model) {
		sender(unit, token);
		DeterminationDocument document = Tenancy.callAs(units.tenant(unit),
				() -> cases.redeem(DeterminationDeliveries.sha256(token), clock.instant())
					.map(c -> deliveries.document(unit, c, null))
					.orElseThrow(() -> new NotFoundException("ecommerce.link.not-found")));
		model.addAttribute("document", new EcommerceViews.Document(document.caseNumber(), document.platformReference(),
				document.receivingUnit(), document.handlingUnit(), document.platform(), document.shop(),
				document.product(), document.patentNumber(), document.rightHolder(), document.complainedParty(),
				document.conclusion(), document.reasons(), document.findings()
					.stream()
					.map(f -> new EcommerceViews.Claim(0, f.claim(), f.within(), f.note()))
					.toList(),
				EcommerceViews.time(document.receivedAt()), EcommerceViews.time(document.determinedAt()),
				document.opinion()));
		return "ecommerce/determination";
	}

	private UnitView sender(String unit, String token) {
		if (!UnitCode.isValid(unit) || !token.matches("[0-9a-f]{48}")) {
			throw new NotFoundException("ecommerce.link.not-found");
		}
		return units.find(unit).orElseThrow(() -> new NotFoundException("ecommerce.link.not-found"));
	}
}
