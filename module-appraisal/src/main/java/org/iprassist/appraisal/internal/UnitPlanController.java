package org.iprassist.appraisal.internal;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's plan page: its targets with actuals, due next, late, its evidence and its published
 * appraisal result.
 */
@Controller
@RequestMapping("/t/{unit}/plan")
class UnitPlanController {

	private final UnitPlans unitPlans;

	private final Evidence evidence;

	private final MessageSource messages;

	UnitPlanController(UnitPlans unitPlans, Evidence evidence, MessageSource messages) {
		this.unitPlans = unitPlans;
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String plan(@PathVariable String unit, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("view", unitPlans.view(unit, year).orElse(null));
		return "appraisal/unit-plan";
	}

	@PostMapping("/evidence")
	String submit(@PathVariable String unit, @RequestParam(required = false) String targetId,
			@RequestParam(required = false) Integer quantity, @RequestParam(required = false) String note,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		try {
			unitPlans.submit(unit, targetId, quantity, note, file, user.getUsername());
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
		}
		return "redirect:/t/" + unit + "/plan";
	}

	@GetMapping("/evidence/{evidenceId}/file")
	ResponseEntity<byte[]> file(@PathVariable String unit, @PathVariable String evidenceId) {
		var entry = unitPlans.ownEvidence(unit, evidenceId);
		return RegionalAppraisalController.download(entry, evidence.content(entry.id()));
	}
}
