package org.iprassist.cases.internal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.cases.CaseStatus;
import org.iprassist.cases.CaseType;
import org.iprassist.cases.internal.assistance.ApplicationForm;
import org.iprassist.cases.internal.assistance.AssistanceApplicationManagement;
import org.iprassist.cases.internal.assistance.CaseConsultationManagement;
import org.iprassist.cases.internal.assistance.DecisionForm;
import org.iprassist.cases.internal.casefile.CaseFilter;
import org.iprassist.cases.internal.casefile.CaseManagement;
import org.iprassist.cases.internal.casefile.CaseSource;
import org.iprassist.cases.internal.casefile.CaseSummary;
import org.iprassist.cases.internal.casefile.CaseView;
import org.iprassist.cases.internal.casefile.ClosingForm;
import org.iprassist.cases.internal.casefile.DocumentKind;
import org.iprassist.cases.internal.complaints.BureauManagement;
import org.iprassist.cases.internal.complaints.ComplaintForm;
import org.iprassist.cases.internal.complaints.ComplaintManagement;
import org.iprassist.cases.internal.complaints.FilingForm;
import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.experts.Matching;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The unit portal's casework pages: the case list with filters and Excel export, the my-work inbox,
 * intake forms for both case types, and the case page with every step of its flow.
 */
@Controller
@RequestMapping("/t/{unit}/cases")
class CasePagesController {

	static final int PAGE_SIZE = 25;

	static final int EXPORT_LIMIT = 5000;

	private final CaseManagement work;

	private final AssistanceApplicationManagement applications;

	private final ComplaintManagement complaints;

	private final CaseConsultationManagement consultations;

	private final BureauManagement bureaus;

	private final Uploads uploads;

	private final MessageSource messages;

	CasePagesController(CaseManagement work, AssistanceApplicationManagement applications, ComplaintManagement complaints,
			CaseConsultationManagement consultations, BureauManagement bureaus, Uploads uploads, MessageSource messages) {
		this.work = work;
		this.applications = applications;
		this.complaints = complaints;
		this.consultations = consultations;
		this.bureaus = bureaus;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String unit, @RequestParam(required = false) CaseType type,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String party,
			@RequestParam(required = false) String rightNumber, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) LocalDateTime afterAt,
			@RequestParam(required = false) UUID afterId, Model model) {
		CaseFilter filter = CaseApi.filter(type, status, party, rightNumber, from, to, afterAt, afterId);
		List<CaseSummary> rows = work.list(filter, PAGE_SIZE + 1);
		model.addAttribute("unitCode", unit);
		model.addAttribute("filter", filter);
		model.addAttribute("cases", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
		model.addAttribute("hasMore", rows.size() > PAGE_SIZE);
		model.addAttribute("statuses", CaseStatus.values());
		return "cases/list";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable String unit, @RequestParam(required = false) CaseType type,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String party,
			@RequestParam(required = false) String rightNumber, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		List<CaseSummary> rows = new ArrayList<>();
		List<CaseSummary> page = work.list(CaseApi.filter(type, status, party, rightNumber, from, to, null, null),
				CaseManagement.MAX_PAGE);
		while (!page.isEmpty() && rows.size() < EXPORT_LIMIT) {
			rows.addAll(page);
			CaseSummary last = page.get(page.size() - 1);
			page = page.size() < CaseManagement.MAX_PAGE ? List.of()
					: work.list(CaseApi.filter(type, status, party, rightNumber, from, to,
							last.receivedAt(), last.id()), CaseManagement.MAX_PAGE);
		}
		List<String> headers = List.of("case.number", "case.type", "case.status", "case.right-type",
				"case.right-number", "case.applicant", "case.counterparty", "case.received-on", "case.due-on",
				"case.handler", "case.overdue")
			.stream()
			.map(this::text)
			.toList();
		List<List<?>> data = rows.stream()
			.<List<?>>map(row -> List.of(row.caseNumber(), text("case.type." + row.caseType().name()),
					text("case.status." + row.status()), row.rightType() == null ? "" : text("right." + row.rightType()),
					nullToEmpty(row.rightNumber()), nullToEmpty(row.applicantName()), nullToEmpty(row.counterparty()),
					row.receivedOn().toString(), row.dueOn() == null ? "" : row.dueOn().toString(),
					nullToEmpty(row.handler()), row.overdue() ? text("case.overdue") : ""))
			.toList();
		return Spreadsheets.download(unit + "-cases.xlsx", Spreadsheets.write(text("cases.title"), headers, data));
	}

	@GetMapping("/inbox")
	String inbox(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		List<CaseSummary> mine = work.inbox(user.getUsername());
		model.addAttribute("unitCode", unit);
		model.addAttribute("cases", mine);
		model.addAttribute("overdueCount", mine.stream().filter(CaseSummary::overdue).count());
		model.addAttribute("reminders", complaints.receiptReminders(user.getUsername()));
		return "cases/inbox";
	}

	@GetMapping("/new-application")
	String newApplication(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("form", ApplicationForm.empty());
		return "cases/application-form";
	}

	@PostMapping("/applications")
	String receiveApplication(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("unitCode", unit);
			return "cases/application-form";
		}
		CaseSummary created = applications.receive(form, check(evidence), CaseSource.STAFF, user.getUsername());
		return "redirect:/t/" + unit + "/cases/" + created.id();
	}

	@GetMapping("/new-complaint")
	String newComplaint(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("form", ComplaintForm.empty());
		return "cases/complaint-form";
	}

	@PostMapping("/complaints")
	String receiveComplaint(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("unitCode", unit);
			return "cases/complaint-form";
		}
		CaseSummary created = complaints.receive(form, check(evidence), user.getUsername());
		return "redirect:/t/" + unit + "/cases/" + created.id();
	}

	@GetMapping("/{caseId}")
	String show(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			Model model) {
		CaseView view = work.view(caseId, null);
		model.addAttribute("unitCode", unit);
		model.addAttribute("view", view);
		model.addAttribute("unitAdmin", user.hasUnitRole(unit, Role.UNIT_ADMIN));
		if (view.detail().summary().caseType() == CaseType.ASSISTANCE_APPLICATION) {
			model.addAttribute("consultations", consultations.on(caseId));
			boolean consulting = "ACCEPTED".equals(view.detail().summary().status());
			model.addAttribute("matching", consulting ? consultations.candidates(caseId) : new Matching(List.of(), List.of()));
		}
		else {
			model.addAttribute("bureaus", bureaus.active());
		}
		return "cases/case";
	}

	@PostMapping("/{caseId}/decision")
	String decide(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute DecisionForm form) {
		applications.decide(caseId, form, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/consultations")
	String consult(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "expertIds", required = false) List<UUID> expertIds,
			@RequestParam(required = false) String question) {
		if (expertIds == null || expertIds.isEmpty() || expertIds.size() > 10 || question == null || question.isBlank()
				|| question.length() > 2000) {
			throw new BadRequestException("error.consultation.incomplete");
		}
		consultations.request(caseId, new CaseConsultationManagement.ConsultationForm(expertIds, question, null),
				user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/letter/draft")
	String draft(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user) {
		applications.draftFromTemplate(caseId, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/letter")
	String saveLetter(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(required = false) String text) {
		if (text == null || text.isBlank() || text.length() > 20000) {
			throw new BadRequestException("error.case.letter-empty");
		}
		applications.saveLetter(caseId, text, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/letter/approve")
	String approve(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user) {
		CaseApi.requireUnitAdmin(user, unit);
		applications.approveLetter(caseId, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/letter/issue")
	String issue(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user) {
		applications.issueLetter(caseId, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/close")
	String close(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute ClosingForm form) {
		if (work.view(caseId, null).detail().summary().caseType() == CaseType.COMPLAINT) {
			complaints.close(caseId, form, user.getUsername());
		}
		else {
			applications.close(caseId, form, user.getUsername());
		}
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/attachments")
	String attach(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		work.attach(caseId, null, file, DocumentKind.ATTACHMENT, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/register")
	String register(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user) {
		complaints.register(caseId, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/transfer")
	String transfer(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(required = false) UUID bureauId) {
		if (bureauId == null) {
			throw new BadRequestException("error.bureau.not-found");
		}
		complaints.transfer(caseId, bureauId, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/receipt")
	String receipt(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		complaints.uploadReceipt(caseId, file, user.getUsername());
		return back(unit, caseId);
	}

	@PostMapping("/{caseId}/filing")
	String filing(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			@Valid @ModelAttribute FilingForm form) {
		complaints.recordFiling(caseId, form, user.getUsername());
		return back(unit, caseId);
	}

	@GetMapping("/{caseId}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String unit, @PathVariable UUID caseId,
			@PathVariable UUID documentId) {
		return CaseApi.download(work.document(caseId, documentId));
	}

	@GetMapping("/{caseId}/documents/{documentId}/ofd")
	ResponseEntity<byte[]> ofd(@PathVariable String unit, @PathVariable UUID caseId, @PathVariable UUID documentId) {
		return CaseApi.download(work.ofd(caseId, documentId));
	}

	private List<CheckedFile> check(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		List<MultipartFile> present = files.stream().filter(file -> file != null && !file.isEmpty()).toList();
		if (present.size() > PublicApplicationController.MAX_FILES) {
			throw new BadRequestException("error.upload.too-many");
		}
		return present.stream().map(file -> uploads.check(file, AllowedType.DOCUMENTS)).toList();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String back(String unit, UUID caseId) {
		return "redirect:/t/" + unit + "/cases/" + caseId;
	}
}
