package org.iprassist.cases.internal;

import org.iprassist.core.files.Uploads;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page of an issued document, {@code /p/verify/{code}}: who issued what
 * and when, its SHA-256, and whether an uploaded PDF is byte-identical to it. The code names its
 * unit, so no platform-wide index is read.
 */
@Controller
@RequestMapping("/p/verify/{code}")
class VerificationController {

	private final PublicUnits units;

	private final CaseDocuments documents;

	private final Uploads uploads;

	private final PublicRateLimiter limiter;

	VerificationController(PublicUnits units, CaseDocuments documents, Uploads uploads, PublicRateLimiter limiter) {
		this.units = units;
		this.documents = documents;
		this.uploads = uploads;
		this.limiter = limiter;
	}

	@GetMapping
	String show(@PathVariable String code, Model model) {
		model.addAttribute("document", find(code, model));
		return "cases/verify";
	}

	@PostMapping
	String compare(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) {
		DocumentView document = find(code, model);
		model.addAttribute("document", document);
		if (file == null || file.isEmpty()) {
			throw new BadRequestException("upload.empty");
		}
		if (file.getSize() > uploads.maxSize()) {
			throw new BadRequestException("upload.too-large", uploads.maxSize() / (1024 * 1024));
		}
		try {
			model.addAttribute("identical", Sha256.of(file.getBytes()).equals(document.sha256()));
		}
		catch (java.io.IOException ex) {
			throw new BadRequestException("upload.unreadable");
		}
		return "cases/verify";
	}

	private DocumentView find(String code, Model model) {
		String unit = VerificationCodes.unitOf(code).orElseThrow(() -> new NotFoundException("error.verify.unknown"));
		UnitView issuer = units.unit(unit);
		model.addAttribute("issuer", issuer);
		return units.callIn(unit, () -> documents.viewByCode(code))
			.orElseThrow(() -> new NotFoundException("error.verify.unknown"));
	}
}
