package org.iprassist.cases.internal;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A stored document without its bytes, as lists show it.
 *
 * @param hasOfd whether an issued document also has a sealed OFD copy (uploads never do)
 */
public record DocumentView(UUID id, UUID caseId, DocumentKind kind, String fileName, String mediaType,
		long sizeBytes, String sha256, String verificationCode, LocalDateTime createdAt, String createdBy,
		boolean hasOfd) {

	public boolean issued() {
		return kind.issued();
	}

	public String kindName() {
		return kind.name();
	}
}
