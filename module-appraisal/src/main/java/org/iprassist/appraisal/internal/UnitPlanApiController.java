package org.iprassist.appraisal.internal;

import org.iprassist.appraisal.internal.Evidence.EvidenceEntry;
import org.iprassist.appraisal.internal.Sheets.SheetView;
import org.iprassist.appraisal.internal.UnitPlans.UnitPlanView;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A unit's plan over the API: its targets with actuals, its evidence, its published appraisal.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/plan")
class UnitPlanApiController {

	private final UnitPlans unitPlans;

	UnitPlanApiController(UnitPlans unitPlans) {
		this.unitPlans = unitPlans;
	}

	@GetMapping
	UnitPlanView plan(@PathVariable String unit, @RequestParam(required = false) Integer year) {
		return unitPlans.view(unit, year).orElseThrow(() -> new NotFoundException("appraisal.error.no-plan", unit));
	}

	@PostMapping("/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	EvidenceEntry submit(@PathVariable String unit, @RequestParam(required = false) String targetId,
			@RequestParam(required = false) Integer quantity, @RequestParam(required = false) String note,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal IprUser user) {
		return unitPlans.submit(unit, targetId, quantity, note, file, user.getUsername());
	}

	@GetMapping("/appraisal")
	SheetView appraisal(@PathVariable String unit, @RequestParam(required = false) Integer year) {
		return unitPlans.view(unit, year)
			.map(UnitPlanView::appraisal)
			.orElseThrow(() -> new NotFoundException("appraisal.error.no-appraisal", unit));
	}
}
