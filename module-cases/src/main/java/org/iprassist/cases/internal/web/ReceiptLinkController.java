package org.iprassist.cases.internal.web;

import org.iprassist.cases.internal.complaints.ComplaintManagement;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.documents.VerificationCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time link printed on a transfer letter, {@code /p/receipts/{token}}: the bureau sees
 * what was transferred and confirms receipt with the signer's name; afterwards the link is dead.
 */
@Controller
@RequestMapping("/p/receipts/{token}")
class ReceiptLinkController {

	private final PublicUnits units;

	private final ComplaintManagement complaintManagement;

	ReceiptLinkController(PublicUnits units, ComplaintManagement complaintManagement) {
		this.units = units;
		this.complaintManagement = complaintManagement;
	}

	@GetMapping
	String show(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("request", units.callIn(unit(token), () -> complaintManagement.receiptRequest(token)));
		return "cases/receipt-link";
	}

	@PostMapping
	String confirm(@PathVariable String token, @RequestParam(required = false) String signedBy,
			Model model) {
		String unit = unit(token);
		model.addAttribute("token", token);
		model.addAttribute("request", units.callIn(unit, () -> complaintManagement.receiptRequest(token)));
		if (signedBy == null || signedBy.isBlank() || signedBy.length() > 50) {
			model.addAttribute("signerError", true);
			return "cases/receipt-link";
		}
		units.callIn(unit, () -> {
			complaintManagement.confirmReceipt(token, signedBy.strip());
			return null;
		});
		model.addAttribute("confirmed", true);
		return "cases/receipt-link";
	}

	private static String unit(String token) {
		return VerificationCodes.unitOf(token).orElseThrow(() -> new NotFoundException("error.receipt.link-invalid"));
	}
}
