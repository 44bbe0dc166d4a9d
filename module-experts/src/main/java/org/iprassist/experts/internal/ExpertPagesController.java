package org.iprassist.experts.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ProblemException;
import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.RightType;
import org.iprassist.experts.internal.ExpertReviewEntity.Decision;
import org.iprassist.tenants.UnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pool in every unit's portal: search, an expert's page (with the request for an opinion and,
 * for the regional centre, its decisions), recommendations with their outcomes and the centre's
 * review queue, and the Excel export and import.
 */
@Controller
@RequestMapping("/t/{unit}")
class ExpertPagesController {

	static final int PAGE_SIZE = 20;

	private final ExpertPoolManagement pool;

	private final ConsultationManagement desk;

	private final PoolSpreadsheet spreadsheet;

	private final CentreSchema centre;

	private final UnitDirectory units;

	private final Uploads uploads;

	private final MessageSource messages;

	ExpertPagesController(ExpertPoolManagement pool, ConsultationManagement desk, PoolSpreadsheet spreadsheet, CentreSchema centre,
			UnitDirectory units, Uploads uploads, MessageSource messages) {
		this.pool = pool;
		this.desk = desk;
		this.spreadsheet = spreadsheet;
		this.centre = centre;
		this.units = units;
		this.uploads = uploads;
		this.messages = messages;
	}

	@ModelAttribute
	void common(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		var current = units.find(unit).orElseThrow();
		model.addAttribute("unit", current);
		model.addAttribute("unitNames", units.ofProvince(current.provinceCode())
			.stream()
			.collect(java.util.stream.Collectors.toMap(u -> u.code(), u -> u.name())));
		model.addAttribute("rightTypes", Arrays.stream(RightType.values()).map(Enum::name).toList());
		model.addAttribute("keeper", user != null && PoolRoles.keepsPool(user, centre.centre(), unit));
		model.addAttribute("worker", user != null && PoolRoles.worksIn(user, unit));
	}

	@GetMapping("/experts")
	String search(@PathVariable String unit, @ModelAttribute("query") ExpertQuery query,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("experts", pool.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE), user));
		model.addAttribute("statuses", ExpertStatus.IN_POOL.stream().map(Enum::name).toList());
		return "experts/pool";
	}

	@GetMapping("/experts/{expertId}")
	String expert(@PathVariable String unit, @PathVariable UUID expertId, @AuthenticationPrincipal IprUser user,
			Model model) {
		ExpertPoolManagement.ExpertDetail detail = pool.detail(expertId, user);
		ExpertStatus current = ExpertStatus.valueOf(detail.expert().status());
		model.addAttribute("detail", detail);
		model.addAttribute("decisions", Arrays.stream(Decision.values()).map(Enum::name).toList());
		model.addAttribute("nextStatuses",
				Arrays.stream(ExpertStatus.values()).filter(current::canBecome).map(Enum::name).toList());
		return "experts/expert";
	}

	@PostMapping("/experts/{expertId}/transitions")
	String transition(@PathVariable String unit, @PathVariable UUID expertId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		pool.transition(expertId, statusOf(status), reason, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/experts/" + expertId;
	}

	@PostMapping("/experts/{expertId}/account")
	String linkAccount(@PathVariable String unit, @PathVariable UUID expertId,
			@RequestParam(required = false) String username, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		pool.linkAccount(expertId, username, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/experts/" + expertId;
	}

	@PostMapping("/experts/{expertId}/reviews")
	String review(@PathVariable String unit, @PathVariable UUID expertId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (year == null || decision == null) {
			throw new BadRequestException("review.invalid");
		}
		Decision chosen;
		try {
			chosen = Decision.valueOf(decision);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("review.invalid");
		}
		pool.review(expertId, year, chosen, note, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/experts/" + expertId;
	}

	@PostMapping("/experts/{expertId}/consultations")
	String requestConsultation(@PathVariable String unit, @PathVariable UUID expertId,
			@RequestParam(required = false) String matterReference, @RequestParam(required = false) String question,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate dueDate, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		PoolRoles.requireWorker(user, unit);
		pool.detail(expertId, user);
		desk.request(new ConsultationRequest(matterReference, question, dueDate, List.of(expertId)), user.getUsername());
		redirect.addFlashAttribute("requested", true);
		return "redirect:/t/" + unit + "/consultations";
	}

	@GetMapping("/experts/{expertId}/files/{fileId}")
	ResponseEntity<byte[]> supportingFile(@PathVariable String unit, @PathVariable UUID expertId,
			@PathVariable UUID fileId, @AuthenticationPrincipal IprUser user) {
		return download(pool.supportingFile(expertId, fileId, user));
	}

	@GetMapping("/experts/export")
	ResponseEntity<byte[]> export(@PathVariable String unit, @ModelAttribute("query") ExpertQuery query,
			@AuthenticationPrincipal IprUser user) {
		return Spreadsheets.download("experts.xlsx", spreadsheet.export(query, user));
	}

	@GetMapping("/experts/import-template")
	ResponseEntity<byte[]> template(@PathVariable String unit) {
		return Spreadsheets.download("experts-template.xlsx", spreadsheet.template());
	}

	@GetMapping("/experts/import")
	String importForm(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		PoolRoles.requireKeeper(user, centre.centre(), unit);
		return "experts/import";
	}

	@PostMapping("/experts/import")
	String importWorkbook(@PathVariable String unit, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal IprUser user, Model model) {
		PoolRoles.requireKeeper(user, centre.centre(), unit);
		try {
			model.addAttribute("report", spreadsheet.importFrom(uploads.check(file, PoolSpreadsheet.allowed()), user));
		}
		catch (BadRequestException ex) {
			model.addAttribute("uploadError", ex.localizedMessage(messages));
		}
		return "experts/import";
	}

	@GetMapping("/recommendations")
	String recommendations(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("form", new ExpertForm(null, null, null, null, List.of(), null, null, null, null, null, null, null));
		return recommendationsPage(user, model);
	}

	@PostMapping("/recommendations")
	String recommend(@PathVariable String unit, @Valid @ModelAttribute("form") ExpertForm form, BindingResult errors,
			@RequestParam(name = "supportingFile", required = false) MultipartFile supportingFile,
			@AuthenticationPrincipal IprUser user, Model model, RedirectAttributes redirect) {
		PoolRoles.requireWorker(user, unit);
		if (errors.hasErrors()) {
			return recommendationsPage(user, model);
		}
		try {
			CheckedFile checked = supportingFile == null || supportingFile.isEmpty() ? null
					: uploads.check(supportingFile, AllowedType.DOCUMENTS);
			pool.recommend(form, checked, user);
		}
		catch (ProblemException ex) {
			model.addAttribute("formError", ex.localizedMessage(messages));
			return recommendationsPage(user, model);
		}
		redirect.addFlashAttribute("recommended", true);
		return "redirect:/t/" + unit + "/recommendations";
	}

	@PostMapping("/recommendations/{expertId}/admit")
	String admit(@PathVariable String unit, @PathVariable UUID expertId, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "true") boolean activate, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		pool.admit(expertId, reason, activate, user);
		redirect.addFlashAttribute("decided", true);
		return "redirect:/t/" + unit + "/recommendations";
	}

	@PostMapping("/recommendations/{expertId}/reject")
	String reject(@PathVariable String unit, @PathVariable UUID expertId, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		pool.reject(expertId, reason, user);
		redirect.addFlashAttribute("decided", true);
		return "redirect:/t/" + unit + "/recommendations";
	}

	private String recommendationsPage(IprUser user, Model model) {
		model.addAttribute("recommendations", pool.recommendationsOfCurrentUnit());
		boolean keeper = Boolean.TRUE.equals(model.getAttribute("keeper"));
		model.addAttribute("queue", keeper ? pool.awaitingDecision(user) : List.of());
		return "experts/recommendations";
	}

	private static ExpertStatus statusOf(String status) {
		try {
			return ExpertStatus.valueOf(status == null ? "" : status);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("expert.transition.status-required");
		}
	}

	static ResponseEntity<byte[]> download(ExpertFileEntity file) {
		var view = file.toView();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(view.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(view.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}
}
