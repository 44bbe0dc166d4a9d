package org.iprassist.experts.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.iprassist.core.files.CheckedFile;

/**
 * A checked file attached to a recommendation (supporting evidence) or to a consultation (the
 * expert's answer), stored with its hash in the regional centre's schema.
 */
@Entity
@Table(name = "expert_file")
class ExpertFileEntity {

	@Id
	private UUID id;

	private UUID ownerId;

	private String fileName;

	private String mediaType;

	private String sha256;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private LocalDateTime uploadedAt;

	protected ExpertFileEntity() {
	}

	ExpertFileEntity(UUID ownerId, CheckedFile file, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.ownerId = ownerId;
		this.fileName = file.fileName();
		this.mediaType = file.mediaType();
		this.sha256 = file.sha256();
		this.content = file.content();
		this.uploadedAt = now;
	}

	UUID ownerId() {
		return ownerId;
	}

	byte[] content() {
		return content;
	}

	FileView toView() {
		return new FileView(id, fileName, mediaType, sha256);
	}

	/**
	 * A stored file's label, without its content.
	 */
	public record FileView(UUID id, String fileName, String mediaType, String sha256) {
	}
}
