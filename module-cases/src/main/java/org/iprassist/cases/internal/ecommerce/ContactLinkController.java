package org.iprassist.cases.internal.ecommerce;

import java.time.Clock;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The designated contact's one-time link: shows the determination once, with a signed, expiring
 * download link of the sealed opinion PDF, its SHA-256 and verification code, and is used up by
 * that view; a used, unknown or malformed link gets the same friendly "not found" page, so a link
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

	@GetMapping("/p/ecommerce/{unit}/determinations/{token}")
	String show(@PathVariable String unit, @PathVariable String token, Model model) {
		if (!UnitCode.isValid(unit) || !token.matches("[0-9a-f]{48}") || units.find(unit).isEmpty()) {
			throw new NotFoundException("ecommerce.link.not-found");
		}
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
}
