package org.iprassist.cases.internal.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.cases.CaseStatus;
import org.iprassist.cases.CaseType;
import org.iprassist.cases.internal.assistance.ApplicationForm;
import org.iprassist.cases.internal.assistance.AssistanceApplicationManagement;
import org.iprassist.cases.internal.assistance.CaseConsultationManagement;
import org.iprassist.cases.internal.assistance.DecisionForm;
import org.iprassist.cases.internal.casefile.CaseManagement;
import org.iprassist.cases.internal.casefile.CaseSource;
import org.iprassist.cases.internal.casefile.CaseSummary;
import org.iprassist.cases.internal.casefile.CaseView;
import org.iprassist.cases.internal.casefile.ClosingForm;
import org.iprassist.cases.internal.casefile.DocumentKind;
import org.iprassist.cases.internal.casefile.DocumentView;
import org.iprassist.core.security.IprUser;
import org.iprassist.experts.ConsultationView;
import org.iprassist.experts.Matching;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Assistance applications over the API. Lists are keyset-paged: pass the last row's
 * {@code receivedAt} and {@code id} as {@code afterAt} and {@code afterId} for the next page.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/assistance-applications")
class AssistanceApplicationApiController {

	private final AssistanceApplicationManagement applications;

	private final CaseManagement work;

	private final CaseConsultationManagement consultations;

	AssistanceApplicationApiController(AssistanceApplicationManagement applications, CaseManagement work,
			CaseConsultationManagement consultations) {
		this.applications = applications;
		this.work = work;
		this.consultations = consultations;
	}

	@GetMapping
	List<CaseSummary> list(@PathVariable String unit, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String party, @RequestParam(required = false) String rightNumber,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) LocalDateTime afterAt, @RequestParam(required = false) UUID afterId,
			@RequestParam(defaultValue = "20") int size) {
		return work.list(CaseApi.filter(CaseType.ASSISTANCE_APPLICATION, status, party, rightNumber, from, to, afterAt,
				afterId), size);
	}

	@PostMapping
	ResponseEntity<CaseSummary> receive(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody ApplicationForm form) {
		CaseSummary created = applications.receive(form, List.of(), CaseSource.STAFF, user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/t/" + unit + "/assistance-applications/" + created.id()))
			.body(created);
	}

	@GetMapping("/{caseId}")
	CaseView one(@PathVariable String unit, @PathVariable UUID caseId) {
		return work.view(caseId, CaseType.ASSISTANCE_APPLICATION);
	}

	@PostMapping("/{caseId}/decision")
	CaseSummary decide(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody DecisionForm form) {
		return applications.decide(caseId, form, user.getUsername());
	}

	@PostMapping("/{caseId}/attachments")
	DocumentView attach(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return work.attach(caseId, CaseType.ASSISTANCE_APPLICATION, file, DocumentKind.ATTACHMENT, user.getUsername());
	}

	@GetMapping("/{caseId}/experts")
	Matching experts(@PathVariable String unit, @PathVariable UUID caseId) {
		return consultations.candidates(caseId);
	}

	@GetMapping("/{caseId}/consultations")
	List<ConsultationView> consultationsOn(@PathVariable String unit, @PathVariable UUID caseId) {
		return consultations.on(caseId);
	}

	@PostMapping("/{caseId}/consultations")
	List<UUID> consult(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody CaseConsultationManagement.ConsultationForm form) {
		return consultations.request(caseId, form, user.getUsername());
	}

	@PostMapping("/{caseId}/letter/draft")
	LetterText draft(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user) {
		return new LetterText(applications.draftFromTemplate(caseId, user.getUsername()));
	}

	@PutMapping("/{caseId}/letter")
	LetterText saveLetter(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody LetterText letter) {
		applications.saveLetter(caseId, letter.text(), user.getUsername());
		return letter;
	}

	@PostMapping("/{caseId}/letter/approval")
	ResponseEntity<Void> approve(@PathVariable String unit, @PathVariable UUID caseId,
			@AuthenticationPrincipal IprUser user) {
		CaseApi.requireUnitAdmin(user, unit);
		applications.approveLetter(caseId, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{caseId}/letter/issue")
	DocumentView issue(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user) {
		return applications.issueLetter(caseId, user.getUsername());
	}

	@PostMapping("/{caseId}/closure")
	CaseSummary close(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody ClosingForm form) {
		return applications.close(caseId, form, user.getUsername());
	}

	@GetMapping("/{caseId}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String unit, @PathVariable UUID caseId,
			@PathVariable UUID documentId) {
		work.view(caseId, CaseType.ASSISTANCE_APPLICATION);
		return CaseApi.download(work.document(caseId, documentId));
	}

	@GetMapping("/{caseId}/documents/{documentId}/ofd")
	ResponseEntity<byte[]> ofd(@PathVariable String unit, @PathVariable UUID caseId, @PathVariable UUID documentId) {
		work.view(caseId, CaseType.ASSISTANCE_APPLICATION);
		return CaseApi.download(work.ofd(caseId, documentId));
	}

	/**
	 * An opinion letter's text.
	 */
	record LetterText(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 20000) String text) {
	}
}
