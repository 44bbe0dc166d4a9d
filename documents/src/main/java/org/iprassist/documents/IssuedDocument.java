package org.iprassist.documents;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An issued document without its bytes, as lists and the verification page show it.
 *
 * @param number its document number (文号), e.g. {@code 桂知援（南宁）意〔2026〕3号}; {@code null} for
 * documents issued before numbers were introduced
 * @param ofdSha256 the SHA-256 of its OFD copy, {@code null} for documents issued before OFD
 * copies were made
 */
public record IssuedDocument(UUID id, String ownerModule, UUID ownerId, String kind, String fileName,
		String mediaType, long sizeBytes, String sha256, String verificationCode, LocalDateTime issuedAt,
		String issuedBy, String number, String ofdSha256) {

	public boolean hasOfd() {
		return ofdSha256 != null;
	}
}
