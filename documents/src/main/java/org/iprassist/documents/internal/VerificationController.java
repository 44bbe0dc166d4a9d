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
 * and when, its SHA-256, and whether an uploaded file is the issued PDF or its OFD copy: an OFD is first checked by ofdrw's
 * validator (its GB/T 38540 seal verifies and covers the whole file), then compared byte for byte. The code names its
 * unit, so no platform-wide index is read.
 */
@Controller
@RequestMapping("/p/verify/{code}")
class VerificationController {

	private final UnitSchemas schemas;

	private final TenantWork work;

	private final IssuedDocuments documents;

	private final Uploads uploads;

	private final OfdSigning ofd;

	VerificationController(UnitSchemas schemas, TenantWork work, IssuedDocuments documents, Uploads uploads,
			OfdSigning ofd) {
		this.ofd = ofd;
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
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (java.io.IOException ex) {
			throw new BadRequestException("upload.unreadable");
		}
		String reason = compare(document, content);
		model.addAttribute("identical", reason == null);
		model.addAttribute("reason", reason);
		return "documents/verify";
	}

	/**
	 * @return {@code null} when the file is the issued PDF or its sealed OFD copy, otherwise the
	 * message key saying why not
	 */
	private String compare(IssuedDocument document, byte[] content) {
		String hash = Sha256.of(content);
		if (startsWith(content, "%PDF")) {
			return hash.equals(document.sha256()) ? null : "verify.different";
		}
		if (!startsWith(content, "PK")) {
			throw new BadRequestException("verify.unsupported");
		}
		OfdSigning.OfdCheck check = ofd.check(content);
		if (check == OfdSigning.OfdCheck.NOT_OFD) {
			throw new BadRequestException("verify.unsupported");
		}
		if (check != OfdSigning.OfdCheck.VALID) {
			return "verify.ofd." + check.name();
		}
		return hash.equals(document.ofdSha256()) ? null : "verify.ofd.OTHER";
	}

	private static boolean startsWith(byte[] content, String magic) {
		byte[] bytes = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		return content.length >= bytes.length && java.util.Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
	}

	private IssuedDocument find(String code, Model model) {
		String unit = VerificationCodes.unitOf(code).orElseThrow(() -> new NotFoundException("error.verify.unknown"));
		model.addAttribute("issuer", schemas.published(unit));
		return work.unit(unit).read(() -> documents.viewByCode(code))
			.orElseThrow(() -> new NotFoundException("error.verify.unknown"));
	}
}
