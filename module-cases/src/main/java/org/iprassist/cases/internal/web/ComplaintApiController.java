package org.iprassist.cases.internal.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.iprassist.cases.CaseStatus;
import org.iprassist.cases.CaseType;
import org.iprassist.cases.internal.casefile.CaseManagement;
import org.iprassist.cases.internal.casefile.CaseSummary;
import org.iprassist.cases.internal.casefile.CaseView;
import org.iprassist.cases.internal.casefile.ClosingForm;
import org.iprassist.cases.internal.casefile.DocumentKind;
import org.iprassist.cases.internal.casefile.DocumentView;
import org.iprassist.cases.internal.complaints.ComplaintForm;
import org.iprassist.cases.internal.complaints.ComplaintManagement;
import org.iprassist.cases.internal.complaints.FilingForm;
import org.iprassist.core.security.IprUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Complaints over the API: intake, registration, transfer, receipt, filing feedback, closing.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/complaints")
class ComplaintApiController {

	private final ComplaintManagement complaints;

	private final CaseManagement work;

	ComplaintApiController(ComplaintManagement complaints, CaseManagement work) {
		this.complaints = complaints;
		this.work = work;
	}

	@GetMapping
	List<CaseSummary> list(@PathVariable String unit, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String party, @RequestParam(required = false) String rightNumber,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) LocalDateTime afterAt, @RequestParam(required = false) UUID afterId,
			@RequestParam(defaultValue = "20") int size) {
		return work.list(
				CaseApi.filter(CaseType.COMPLAINT, status, party, rightNumber, from, to, afterAt, afterId), size);
	}

	@PostMapping
	ResponseEntity<CaseSummary> receive(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody ComplaintForm form) {
		CaseSummary created = complaints.receive(form, List.of(), user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/t/" + unit + "/complaints/" + created.id())).body(created);
	}

	@GetMapping("/{caseId}")
	CaseView one(@PathVariable String unit, @PathVariable UUID caseId) {
		return work.view(caseId, CaseType.COMPLAINT);
	}

	@PostMapping("/{caseId}/attachments")
	DocumentView attach(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return work.attach(caseId, CaseType.COMPLAINT, file, DocumentKind.ATTACHMENT, user.getUsername());
	}

	@PostMapping("/{caseId}/registration")
	DocumentView register(@PathVariable String unit, @PathVariable UUID caseId,
			@AuthenticationPrincipal IprUser user) {
		return complaints.register(caseId, user.getUsername());
	}

	@PostMapping("/{caseId}/transfer")
	DocumentView transfer(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody TransferForm form) {
		return complaints.transfer(caseId, form.bureauId(), user.getUsername());
	}

	@PostMapping("/{caseId}/receipt")
	DocumentView receipt(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return complaints.uploadReceipt(caseId, file, user.getUsername());
	}

	@PostMapping("/{caseId}/filing")
	ResponseEntity<Void> filing(@PathVariable String unit, @PathVariable UUID caseId,
			@AuthenticationPrincipal IprUser user, @Valid @RequestBody FilingForm form) {
		complaints.recordFiling(caseId, form, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{caseId}/closure")
	CaseSummary close(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody ClosingForm form) {
		return complaints.close(caseId, form, user.getUsername());
	}

	@GetMapping("/{caseId}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String unit, @PathVariable UUID caseId,
			@PathVariable UUID documentId) {
		work.view(caseId, CaseType.COMPLAINT);
		return CaseApi.download(work.document(caseId, documentId));
	}

	@GetMapping("/{caseId}/documents/{documentId}/ofd")
	ResponseEntity<byte[]> ofd(@PathVariable String unit, @PathVariable UUID caseId, @PathVariable UUID documentId) {
		work.view(caseId, CaseType.COMPLAINT);
		return CaseApi.download(work.ofd(caseId, documentId));
	}

	/**
	 * The bureau a complaint goes to.
	 */
	record TransferForm(@NotNull UUID bureauId) {
	}
}
