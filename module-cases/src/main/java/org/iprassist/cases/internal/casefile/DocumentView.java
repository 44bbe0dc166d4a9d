package org.iprassist.cases.internal.casefile;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A stored document without its bytes, as lists show it.
 *
 * @param number the document number (文号) of an issued document; {@code null} for uploads and for
 * documents issued before numbers were introduced
 * @param hasOfd whether an issued document also has a sealed OFD copy (uploads never do)
 */
public record DocumentView(UUID id, UUID caseId, DocumentKind kind, String fileName, String mediaType,
		long sizeBytes, String sha256, String verificationCode, LocalDateTime createdAt, String createdBy,
		String number, boolean hasOfd) {

	/** An upload, which has no number. */
	public DocumentView(UUID id, UUID caseId, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
			String sha256, String verificationCode, LocalDateTime createdAt, String createdBy) {
		this(id, caseId, kind, fileName, mediaType, sizeBytes, sha256, verificationCode, createdAt, createdBy, null, false);
	}

	public boolean issued() {
		return kind.issued();
	}

	public String kindName() {
		return kind.name();
	}
}
