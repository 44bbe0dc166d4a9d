package org.iprassist.cases.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.iprassist.cases.CaseStatus;
import org.iprassist.cases.CaseType;
import org.iprassist.cases.internal.casefile.CaseFilter;
import org.iprassist.cases.internal.casefile.CaseManagement;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.web.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the case controllers, pages and API alike, share: filters from request parameters, the
 * unit admin check, identity checks and downloads.
 */
final class CaseApi {

	private CaseApi() {
	}

	static CaseFilter filter(CaseType type, CaseStatus status, String party, String rightNumber, LocalDate from,
			LocalDate to, LocalDateTime afterAt, UUID afterId) {
		if ((party != null && party.length() > 100) || (rightNumber != null && rightNumber.length() > 40)) {
			throw new BadRequestException("error.case.filter-too-long");
		}
		return new CaseFilter(type, status, party, rightNumber, from, to, afterAt, afterId);
	}

	static void requireUnitAdmin(IprUser user, String unit) {
		if (!user.hasUnitRole(unit, Role.UNIT_ADMIN)) {
			throw new AccessDeniedException("Only the unit admin approves opinion letters");
		}
	}

	static ResponseEntity<byte[]> download(CaseManagement.StoredDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}
}
