package org.iprassist.documents;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An issued document without its bytes, as lists and the verification page show it.
 */
public record IssuedDocument(UUID id, String ownerModule, UUID ownerId, String kind, String fileName,
		String mediaType, long sizeBytes, String sha256, String verificationCode, LocalDateTime issuedAt,
		String issuedBy) {
}
