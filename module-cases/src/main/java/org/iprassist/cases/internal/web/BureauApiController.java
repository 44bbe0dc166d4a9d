package org.iprassist.cases.internal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.cases.internal.complaints.BureauForm;
import org.iprassist.cases.internal.complaints.BureauManagement;
import org.iprassist.cases.internal.complaints.BureauView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit's market-regulation bureau directory over the API. Lists mask contact phones; one
 * bureau read by its id shows its phone whole, as the editing page does.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/bureaus")
class BureauApiController {

	private final BureauManagement bureaus;

	BureauApiController(BureauManagement bureaus) {
		this.bureaus = bureaus;
	}

	@GetMapping
	List<BureauView> all(@PathVariable String unit) {
		return bureaus.all();
	}

	@PostMapping
	ResponseEntity<BureauView> add(@PathVariable String unit, @Valid @RequestBody BureauForm form) {
		BureauView added = bureaus.add(form);
		return ResponseEntity.created(URI.create("/api/v1/t/" + unit + "/bureaus/" + added.id())).body(added);
	}

	@GetMapping("/{bureauId}")
	BureauView one(@PathVariable String unit, @PathVariable UUID bureauId) {
		return bureaus.one(bureauId);
	}

	@PutMapping("/{bureauId}")
	BureauView update(@PathVariable String unit, @PathVariable UUID bureauId, @Valid @RequestBody BureauForm form) {
		return bureaus.update(bureauId, form);
	}

	/**
	 * Deactivates the bureau: it stays on the complaints transferred to it but is no longer offered.
	 */
	@PostMapping("/{bureauId}/deactivation")
	BureauView deactivate(@PathVariable String unit, @PathVariable UUID bureauId) {
		return bureaus.deactivate(bureauId);
	}
}
