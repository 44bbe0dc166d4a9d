package org.iprassist.cases.internal.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.iprassist.cases.internal.assistance.ApplicationForm;
import org.iprassist.cases.internal.assistance.AssistanceApplicationManagement;
import org.iprassist.cases.internal.casefile.CaseSource;
import org.iprassist.cases.internal.casefile.CaseSummary;
import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.web.ProblemException;
import org.springframework.http.HttpStatus;
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
 * The public application form of a unit, {@code /p/{unit}/apply}: anonymous, CSRF-protected,
 * rate-limited per client address, every field bounded, at most five evidence files, each checked
 * like any upload. The application is written into the unit's schema through {@link PublicUnits}.
 */
@Controller
@RequestMapping("/p/{unit}/apply")
class PublicApplicationController {

	static final int MAX_FILES = 5;

	private final PublicUnits units;

	private final AssistanceApplicationManagement applications;

	private final Uploads uploads;

	private final PublicRateLimiter limiter;

	PublicApplicationController(PublicUnits units, AssistanceApplicationManagement applications, Uploads uploads,
			PublicRateLimiter limiter) {
		this.units = units;
		this.applications = applications;
		this.uploads = uploads;
		this.limiter = limiter;
	}

	@GetMapping
	String form(@PathVariable String unit, Model model) {
		model.addAttribute("unit", units.unit(unit));
		model.addAttribute("form", ApplicationForm.empty());
		return "cases/public-apply";
	}

	@PostMapping
	String submit(@PathVariable String unit, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, HttpServletRequest request,
			Model model) {
		model.addAttribute("unit", units.unit(unit));
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManySubmissions();
		}
		if (errors.hasErrors()) {
			return "cases/public-apply";
		}
		List<MultipartFile> files = evidence == null ? List.of()
				: evidence.stream().filter(file -> file != null && !file.isEmpty()).toList();
		if (files.size() > MAX_FILES) {
			model.addAttribute("uploadError", "error.upload.too-many");
			return "cases/public-apply";
		}
		List<CheckedFile> checked = new ArrayList<>();
		for (MultipartFile file : files) {
			checked.add(uploads.check(file, AllowedType.DOCUMENTS));
		}
		CaseSummary received = units.callIn(unit,
				() -> applications.receive(form, checked, CaseSource.PUBLIC, "public"));
		model.addAttribute("caseNumber", received.caseNumber());
		return "cases/public-applied";
	}

	/** More submissions from one address than the limit allows. */
	static final class TooManySubmissions extends ProblemException {

		TooManySubmissions() {
			super(HttpStatus.TOO_MANY_REQUESTS, "error.public.too-many");
		}
	}
}
