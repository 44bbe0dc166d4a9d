package org.iprassist.documents.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document the unit issued, sealed and signed, kept in the unit's schema with its owner (module
 * and record id, no foreign key: the owner's tables belong to another module), its SHA-256 and
 * its verification code and its document number, unique per kind and year. The PDF is read only when downloaded; lists use projections.
 */
@Entity
@Table(name = "issued_document")
class IssuedDocumentEntity {

	@Id
	private UUID id;

	private String ownerModule;

	private UUID ownerId;

	private String kind;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private String verificationCode;

	private LocalDateTime issuedAt;

	private String issuedBy;

	private byte[] pdf;

	private String number;

	private Integer numberYear;

	private Integer numberSeq;

	private byte[] ofd;

	private String ofdSha256;

	protected IssuedDocumentEntity() {
	}

	IssuedDocumentEntity(String ownerModule, UUID ownerId, String kind, String fileName, byte[] pdf, String sha256,
			String verificationCode, String by, LocalDateTime at, DocumentNumber number) {
		this.id = UUID.randomUUID();
		this.ownerModule = ownerModule;
		this.ownerId = ownerId;
		this.kind = kind;
		this.fileName = fileName;
		this.mediaType = "application/pdf";
		this.pdf = pdf;
		this.sizeBytes = pdf.length;
		this.sha256 = sha256;
		this.verificationCode = verificationCode;
		this.issuedBy = by;
		this.issuedAt = at;
		this.number = number.text();
		this.numberYear = number.year();
		this.numberSeq = number.sequence();
	}

	UUID id() {
		return id;
	}

	String fileName() {
		return fileName;
	}

	String mediaType() {
		return mediaType;
	}

	/**
	 * Keeps the OFD copy of the document, sealed with the unit's electronic seal.
	 */
	void attachOfd(byte[] sealedOfd) {
		this.ofd = sealedOfd;
		this.ofdSha256 = Sha256.of(sealedOfd);
	}

	byte[] ofd() {
		return ofd;
	}

	String ofdSha256() {
		return ofdSha256;
	}

	byte[] pdf() {
		return pdf;
	}

	String sha256() {
		return sha256;
	}
}
