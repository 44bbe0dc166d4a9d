package org.iprassist.enterprise.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.web.ConflictException;

/**
 * A need an enterprise raised on a visit (需求清单): who answers it by when; answered, then closed
 * (有问必复). It lives with the visit in the unit's schema, as the unit that heard it owns the
 * answer. A step out of turn is a 409.
 */
@Entity
@Table(name = "visit_need")
class NeedEntity {

	@Id
	private UUID id;

	private UUID visitId;

	private UUID enterpriseId;

	private String description;

	private String owner;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private NeedStatus status;

	private String answer;

	private String answeredBy;

	private LocalDateTime answeredAt;

	private LocalDateTime closedAt;

	@Version
	private long version;

	protected NeedEntity() {
	}

	NeedEntity(UUID visitId, UUID enterpriseId, EnterpriseForms.NeedForm form) {
		this.id = UUID.randomUUID();
		this.visitId = visitId;
		this.enterpriseId = enterpriseId;
		this.description = form.description().strip();
		this.owner = form.owner().strip();
		this.dueOn = form.dueOn();
		this.status = NeedStatus.OPEN;
	}

	void answer(String text, String by, LocalDateTime now) {
		if (status == NeedStatus.CLOSED) {
			throw new ConflictException("need.error.closed");
		}
		this.answer = text.strip();
		this.answeredBy = by;
		this.answeredAt = now;
		this.status = NeedStatus.ANSWERED;
	}

	void close(LocalDateTime now) {
		if (status != NeedStatus.ANSWERED) {
			throw new ConflictException("need.error.not-answered");
		}
		this.status = NeedStatus.CLOSED;
		this.closedAt = now;
	}

	UUID id() {
		return id;
	}

	UUID visitId() {
		return visitId;
	}

	UUID enterpriseId() {
		return enterpriseId;
	}

	EnterpriseForms.NeedView toView(String enterprise, LocalDate today) {
		return new EnterpriseForms.NeedView(id, visitId, enterpriseId, enterprise, description, owner, dueOn, status,
				answer, answeredBy, status == NeedStatus.OPEN && dueOn.isBefore(today), version);
	}
}
