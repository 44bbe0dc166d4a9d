package org.iprassist.enterprise.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A satisfaction survey (满意度调查) about one visit, sent to the enterprise's contact as a
 * one-time public link. Only the SHA-256 of the link's token is kept; it is answered once, before
 * it expires (the answer is one conditional update, see {@link Surveys#answer}).
 */
@Entity
@Table(name = "visit_survey")
class SurveyEntity {

	@Id
	private UUID id;

	private UUID visitId;

	private String tokenHash;

	private String createdBy;

	private LocalDateTime createdAt;

	private LocalDateTime expiresAt;

	private LocalDateTime answeredAt;

	private Integer score;

	@Column(name = "answer_comment")
	private String comment;

	protected SurveyEntity() {
	}

	SurveyEntity(UUID visitId, String tokenHash, String createdBy, LocalDateTime now, LocalDateTime expiresAt) {
		this.id = UUID.randomUUID();
		this.visitId = visitId;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return id;
	}

	UUID visitId() {
		return visitId;
	}

	boolean open(LocalDateTime now) {
		return answeredAt == null && now.isBefore(expiresAt);
	}

	Integer score() {
		return score;
	}

	String comment() {
		return comment;
	}

	LocalDateTime answeredAt() {
		return answeredAt;
	}

	LocalDateTime expiresAt() {
		return expiresAt;
	}
}
