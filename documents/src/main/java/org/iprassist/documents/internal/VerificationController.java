package org.iprassist.documents.internal;

import org.iprassist.core.files.Uploads;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.documents.IssuedDocument;
import org.iprassist.documents.VerificationCodes;
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

	private final UnitSchemas schemas;

	private final TenantWork work;

	private final IssuedDocuments documents;

	private final Uploads uploads;

	VerificationController(UnitSchemas schemas, TenantWork work, IssuedDocuments documents, Uploads uploads) {
		this.schemas = schemas;
		this.work = work;
		this.documents = documents;
		this.uploads = uploads;
	}

	@GetMapping
	String show(@PathVariable String code, Model model) {
		model.addAttribute("document", find(code, model));
		return "documents/verify";
	}

	@PostMapping
	String compare(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) {
		IssuedDocument document = find(code, model);
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
		return "documents/verify";
	}

	private IssuedDocument find(String code, Model model) {
		String unit = VerificationCodes.unitOf(code).orElseThrow(() -> new NotFoundException("error.verify.unknown"));
		model.addAttribute("issuer", schemas.published(unit));
		return work.unit(unit).read(() -> documents.viewByCode(code))
			.orElseThrow(() -> new NotFoundException("error.verify.unknown"));
	}
}
