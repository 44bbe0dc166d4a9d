package org.iprassist.cases.internal.casefile;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.iprassist.core.files.CheckedFile;
import org.iprassist.documents.DocumentFile;

/**
 * A file kept with a case: an upload that passed {@code Uploads}, or a paper the unit recorded
 * (a bureau's receipt). Documents the unit issues are kept by the documents module
 * ({@link SealedDocumentManagement}). The bytes are read only when downloaded; lists use
 * {@link DocumentView} projections.
 */
@Entity
@Table(name = "case_document")
public class CaseDocumentEntity {

	@Id
	private UUID id;

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private String verificationCode;

	private LocalDateTime createdAt;

	private String createdBy;

	private byte[] content;

	protected CaseDocumentEntity() {
	}

	static CaseDocumentEntity uploaded(UUID caseId, DocumentKind kind, CheckedFile file, String by,
			LocalDateTime at) {
		return new CaseDocumentEntity(caseId, kind, file.fileName(), file.mediaType(), file.content(), file.sha256(),
				null, by, at);
	}

	public static CaseDocumentEntity recorded(UUID caseId, DocumentKind kind, DocumentFile file, String by,
			LocalDateTime at) {
		return new CaseDocumentEntity(caseId, kind, file.fileName(), file.mediaType(), file.content(), file.sha256(),
				null, by, at);
	}

	private CaseDocumentEntity(UUID caseId, DocumentKind kind, String fileName, String mediaType, byte[] content,
			String sha256, String verificationCode, String by, LocalDateTime at) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.kind = kind;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.verificationCode = verificationCode;
		this.createdBy = by;
		this.createdAt = at;
	}

	UUID id() {
		return id;
	}

	DocumentKind kind() {
		return kind;
	}

	String fileName() {
		return fileName;
	}

	String mediaType() {
		return mediaType;
	}

	byte[] content() {
		return content;
	}

	String sha256() {
		return sha256;
	}

	String verificationCode() {
		return verificationCode;
	}

	UUID caseId() {
		return caseId;
	}

	LocalDateTime createdAt() {
		return createdAt;
	}
}
