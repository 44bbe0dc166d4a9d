package org.iprassist.experts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.security.ExpertAccess;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
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
 * Consultations in the portal: the unit's own requests with the experts' answers, and for an expert
 * ({@link ExpertAccess}: the only pages open to them) the consultations addressed to them, where
 * they answer with text and files or decline with a reason.
 */
@Controller
@RequestMapping("/t/{unit}/consultations")
class ConsultationPagesController {

	private static final int MAX_FILES = 5;

	private final ConsultationManagement desk;

	private final Uploads uploads;

	private final MessageSource messages;

	ConsultationPagesController(ConsultationManagement desk, Uploads uploads, MessageSource messages) {
		this.desk = desk;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String unit, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("consultations", desk.ofCurrentUnit(PageRequest.of(Math.max(page, 0), 20)));
		return "experts/consultations";
	}

	@GetMapping("/{consultationId}")
	String one(@PathVariable String unit, @PathVariable UUID consultationId, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("detail", desk.ofUnit(consultationId));
		model.addAttribute("mine", false);
		return "experts/consultation";
	}

	@PostMapping("/{consultationId}/rating")
	String rate(@PathVariable String unit, @PathVariable UUID consultationId,
			@RequestParam(required = false) Integer score, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		desk.rate(consultationId, score == null ? 0 : score, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/consultations/" + consultationId;
	}

	@GetMapping("/{consultationId}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String unit, @PathVariable UUID consultationId, @PathVariable UUID fileId,
			@AuthenticationPrincipal IprUser user) {
		return ExpertPagesController.download(desk.file(consultationId, fileId, user));
	}

	@ExpertAccess
	@GetMapping("/mine")
	String mine(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("consultations", desk.mine(user));
		return "experts/my-consultations";
	}

	@ExpertAccess
	@GetMapping("/mine/{consultationId}")
	String mineOne(@PathVariable String unit, @PathVariable UUID consultationId, @AuthenticationPrincipal IprUser user,
			Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("detail", desk.mineOne(consultationId, user));
		model.addAttribute("mine", true);
		return "experts/consultation";
	}

	@ExpertAccess
	@GetMapping("/mine/{consultationId}/files/{fileId}")
	ResponseEntity<byte[]> mineFile(@PathVariable String unit, @PathVariable UUID consultationId,
			@PathVariable UUID fileId, @AuthenticationPrincipal IprUser user) {
		desk.mineOne(consultationId, user);
		return ExpertPagesController.download(desk.file(consultationId, fileId, user));
	}

	@ExpertAccess
	@PostMapping("/mine/{consultationId}/answer")
	String answer(@PathVariable String unit, @PathVariable UUID consultationId,
			@RequestParam(required = false) String answer,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal IprUser user, Model model, RedirectAttributes redirect) {
		desk.mineOne(consultationId, user);
		try {
			desk.answer(consultationId, answer, checked(files), user);
		}
		catch (ProblemException ex) {
			return again(unit, consultationId, user, model, ex);
		}
		redirect.addFlashAttribute("answered", true);
		return "redirect:/t/" + unit + "/consultations/mine";
	}

	@ExpertAccess
	@PostMapping("/mine/{consultationId}/decline")
	String decline(@PathVariable String unit, @PathVariable UUID consultationId,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal IprUser user, Model model,
			RedirectAttributes redirect) {
		desk.mineOne(consultationId, user);
		try {
			desk.decline(consultationId, reason, user);
		}
		catch (ProblemException ex) {
			return again(unit, consultationId, user, model, ex);
		}
		redirect.addFlashAttribute("declined", true);
		return "redirect:/t/" + unit + "/consultations/mine";
	}

	private String again(String unit, UUID consultationId, IprUser user, Model model, ProblemException ex) {
		model.addAttribute("formError", ex.localizedMessage(messages));
		return mineOne(unit, consultationId, user, model);
	}

	private List<CheckedFile> checked(List<MultipartFile> files) {
		List<CheckedFile> checked = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file != null && !file.isEmpty()) {
					checked.add(uploads.check(file, AllowedType.DOCUMENTS));
				}
			}
		}
		if (checked.size() > MAX_FILES) {
			throw new org.iprassist.core.web.BadRequestException("consultation.too-many-files", MAX_FILES);
		}
		return checked;
	}
}
