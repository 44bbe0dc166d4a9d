package org.iprassist.cases.ecommerce.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.iprassist.cases.DeterminationOpinions;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the sealed determination opinion PDF to whoever holds a link minted by
 * {@link OpinionLinks} (the platform through its webhook, the designated contact through the
 * one-time page) until it expires. A wrong, expired or altered link gets the same friendly "not
 * found" page as an unknown one.
 */
@Controller
class OpinionPdfController {

	private final OpinionLinks links;

	private final DeterminationOpinions opinions;

	private final EcommerceUnits units;

	OpinionPdfController(OpinionLinks links, DeterminationOpinions opinions, EcommerceUnits units) {
		this.links = links;
		this.opinions = opinions;
		this.units = units;
	}

	@GetMapping("/p/ecommerce/{unit}/opinions/{caseId}.pdf")
	ResponseEntity<byte[]> download(@PathVariable String unit, @PathVariable String caseId,
			@RequestParam(required = false) Long expires, @RequestParam(required = false) String signature) {
		UUID id = parse(caseId);
		if (id == null || expires == null || signature == null || !UnitCode.isValid(unit)
				|| !links.valid(unit, id, expires, signature) || units.find(unit).isEmpty()) {
			throw new NotFoundException("ecommerce.link.not-found");
		}
		return response(units.in(unit).call(() -> opinions.pdf(id))
			.orElseThrow(() -> new NotFoundException("ecommerce.link.not-found")));
	}

	/** The opinion as an attachment that no browser sniffs and no cache keeps. */
	static ResponseEntity<byte[]> response(DeterminationOpinions.OpinionFile pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(pdf.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf.content());
	}

	private static UUID parse(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
