package org.iprassist.experts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.web.ConflictException;
import org.iprassist.experts.ConsultationStatus;
import org.iprassist.experts.ConsultationView;

/**
 * One expert's part in a unit's request for opinions on a matter, in the regional centre's schema.
 * It records the asking unit, so each unit sees only its own consultations, and the expert, who
 * sees only those addressed to them.
 */
@Entity
@Table(name = "consultation")
class ConsultationEntity {

	@Id
	private UUID id;

	private String unitCode;

	private String matterReference;

	private String question;

	private LocalDate dueDate;

	private UUID expertId;

	@Enumerated(EnumType.STRING)
	private ConsultationStatus status;

	private String answer;

	private Integer rating;

	private String requestedBy;

	private LocalDateTime requestedAt;

	private LocalDateTime respondedAt;

	@Version
	private long version;

	protected ConsultationEntity() {
	}

	ConsultationEntity(String unitCode, String matterReference, String question, LocalDate dueDate, UUID expertId,
			String requestedBy, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.unitCode = unitCode;
		this.matterReference = matterReference;
		this.question = question;
		this.dueDate = dueDate;
		this.expertId = expertId;
		this.status = ConsultationStatus.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
	}

	void answer(String text, LocalDateTime now) {
		respond(ConsultationStatus.ANSWERED, text, now);
	}

	void decline(String reason, LocalDateTime now) {
		respond(ConsultationStatus.DECLINED, reason, now);
	}

	void rate(int score) {
		if (status != ConsultationStatus.ANSWERED) {
			throw new ConflictException("consultation.not-answered");
		}
		this.rating = score;
	}

	private void respond(ConsultationStatus next, String text, LocalDateTime now) {
		if (status != ConsultationStatus.REQUESTED) {
			throw new ConflictException("consultation.already-responded");
		}
		this.status = next;
		this.answer = text.strip();
		this.respondedAt = now;
	}

	UUID id() {
		return id;
	}

	String unitCode() {
		return unitCode;
	}

	String matterReference() {
		return matterReference;
	}

	UUID expertId() {
		return expertId;
	}

	Instant respondedInstant(ZoneId zone) {
		return respondedAt.atZone(zone).toInstant();
	}

	Instant requestedInstant(ZoneId zone) {
		return requestedAt.atZone(zone).toInstant();
	}

	ConsultationView toView(String expertName, ZoneId zone) {
		return new ConsultationView(id, unitCode, matterReference, question, dueDate, expertId, expertName, status,
				answer, requestedInstant(zone), respondedAt == null ? null : respondedInstant(zone));
	}

	Integer rating() {
		return rating;
	}
}
