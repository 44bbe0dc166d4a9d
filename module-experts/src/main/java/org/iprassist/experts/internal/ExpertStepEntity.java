package org.iprassist.experts.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of an expert's lifecycle (recommendation, admission, suspension…): who took it, from which
 * unit, when and why. Never changed once written.
 */
@Entity
@Table(name = "expert_step")
class ExpertStepEntity {

	@Id
	private UUID id;

	private UUID expertId;

	@Enumerated(EnumType.STRING)
	private ExpertStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ExpertStatus toStatus;

	private String actor;

	private String actorUnit;

	private String reason;

	private LocalDateTime occurredAt;

	private int stepNo;

	protected ExpertStepEntity() {
	}

	ExpertStepEntity(UUID expertId, ExpertStatus from, ExpertStatus to, String actor, String actorUnit, String reason,
			LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.expertId = expertId;
		this.fromStatus = from;
		this.toStatus = to;
		this.actor = actor;
		this.actorUnit = actorUnit;
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
		this.occurredAt = now;
	}

	UUID expertId() {
		return this.expertId;
	}

	void numbered(int stepNo) {
		this.stepNo = stepNo;
	}

	StepView toView() {
		return new StepView(fromStatus == null ? null : fromStatus.name(), toStatus.name(), actor, actorUnit, reason,
				occurredAt);
	}

	/**
	 * A lifecycle step as pages and the API show it.
	 */
	public record StepView(String from, String to, String actor, String actorUnit, String reason,
			LocalDateTime occurredAt) {
	}
}
