package org.iprassist.enterprise.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.enterprise.VisitPlanSubmitted;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A unit's visit plan (计划服务企业名单) for one year: the enterprises it will serve. Drafted,
 * submitted to the regional centre (registering {@link VisitPlanSubmitted}), then accepted or
 * returned with comments; a returned plan can be changed and submitted again. It guards its own
 * steps: a step out of turn is a 409.
 */
@Entity
@Table(name = "visit_plan")
class VisitPlanEntity extends AbstractAggregateRoot<VisitPlanEntity> {

	@Id
	private UUID id;

	private int planYear;

	@Enumerated(EnumType.STRING)
	private VisitPlanStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "visit_plan_enterprise", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "enterprise_id")
	private Set<UUID> enterpriseIds = new LinkedHashSet<>();

	private LocalDateTime submittedAt;

	private String submittedBy;

	private String reviewComment;

	private String reviewedBy;

	private LocalDateTime reviewedAt;

	@Version
	private long version;

	protected VisitPlanEntity() {
	}

	VisitPlanEntity(int planYear) {
		this.id = UUID.randomUUID();
		this.planYear = planYear;
		this.status = VisitPlanStatus.DRAFT;
	}

	void plan(Collection<UUID> enterprises) {
		requireChangeable();
		this.enterpriseIds.clear();
		this.enterpriseIds.addAll(enterprises);
	}

	void submit(String unitCode, String by, Clock clock) {
		requireChangeable();
		if (enterpriseIds.isEmpty()) {
			throw new BadRequestException("visit-plan.error.empty");
		}
		this.status = VisitPlanStatus.SUBMITTED;
		this.submittedAt = LocalDateTime.now(clock);
		this.submittedBy = by;
		this.reviewComment = null;
		registerEvent(new VisitPlanSubmitted(unitCode, id, planYear, enterpriseIds.size(), clock.instant()));
	}

	void review(boolean accept, String comment, String by, LocalDateTime now) {
		if (status != VisitPlanStatus.SUBMITTED) {
			throw new ConflictException("visit-plan.error.not-submitted");
		}
		if (!accept && (comment == null || comment.isBlank())) {
			throw new BadRequestException("visit-plan.error.comment-needed");
		}
		this.status = accept ? VisitPlanStatus.ACCEPTED : VisitPlanStatus.RETURNED;
		this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
		this.reviewedBy = by;
		this.reviewedAt = now;
	}

	private void requireChangeable() {
		if (status != VisitPlanStatus.DRAFT && status != VisitPlanStatus.RETURNED) {
			throw new ConflictException("visit-plan.error.not-changeable");
		}
	}

	UUID id() {
		return id;
	}

	int planYear() {
		return planYear;
	}

	VisitPlanStatus status() {
		return status;
	}

	Set<UUID> enterpriseIds() {
		return enterpriseIds;
	}

	LocalDateTime submittedAt() {
		return submittedAt;
	}

	String submittedBy() {
		return submittedBy;
	}

	String reviewComment() {
		return reviewComment;
	}

	String reviewedBy() {
		return reviewedBy;
	}

	long version() {
		return version;
	}
}
