package org.iprassist.enterprise.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.enterprise.CaseStudyAccepted;
import org.iprassist.enterprise.CaseStudySubmitted;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyForm;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyView;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A service case study (典型服务案例) a unit wrote, in its own schema. Submitting it registers
 * {@link CaseStudySubmitted}; the regional centre's acceptance registers {@link CaseStudyAccepted}.
 * A step out of turn is a 409.
 */
@Entity
@Table(name = "case_study")
class CaseStudyEntity extends AbstractAggregateRoot<CaseStudyEntity> {

	@Id
	private UUID id;

	private String title;

	private UUID visitId;

	private String caseReference;

	private String summary;

	@Lob
	private String body;

	@Enumerated(EnumType.STRING)
	private CaseStudyStatus status;

	private String writtenBy;

	private LocalDateTime createdAt;

	private LocalDateTime submittedAt;

	private String reviewComment;

	private String reviewedBy;

	private LocalDateTime reviewedAt;

	private boolean published;

	@Version
	private long version;

	protected CaseStudyEntity() {
	}

	CaseStudyEntity(CaseStudyForm form, String writtenBy, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.status = CaseStudyStatus.DRAFT;
		this.writtenBy = writtenBy;
		this.createdAt = now;
		apply(form);
	}

	void edit(CaseStudyForm form) {
		requireChangeable();
		apply(form);
	}

	void submit(String unitCode, Clock clock) {
		requireChangeable();
		this.status = CaseStudyStatus.SUBMITTED;
		this.submittedAt = LocalDateTime.now(clock);
		registerEvent(new CaseStudySubmitted(unitCode, id, title, clock.instant()));
	}

	void review(String unitCode, boolean accept, boolean makePublic, String comment, String reviewer, Clock clock) {
		if (status != CaseStudyStatus.SUBMITTED) {
			throw new ConflictException("case-study.error.not-submitted");
		}
		if (!accept && (comment == null || comment.isBlank())) {
			throw new BadRequestException("case-study.error.comment-needed");
		}
		this.status = accept ? CaseStudyStatus.ACCEPTED : CaseStudyStatus.RETURNED;
		this.published = accept && makePublic;
		this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
		this.reviewedBy = reviewer;
		this.reviewedAt = LocalDateTime.now(clock);
		if (accept) {
			registerEvent(new CaseStudyAccepted(unitCode, id, title, published, clock.instant()));
		}
	}

	private void apply(CaseStudyForm form) {
		this.title = form.title().strip();
		this.visitId = form.visitId();
		this.caseReference = form.caseReference() == null || form.caseReference().isBlank() ? null
				: form.caseReference().strip();
		this.summary = form.summary().strip();
		this.body = form.body().strip();
	}

	private void requireChangeable() {
		if (status != CaseStudyStatus.DRAFT && status != CaseStudyStatus.RETURNED) {
			throw new ConflictException("case-study.error.not-changeable");
		}
	}

	CaseStudyStatus status() {
		return status;
	}

	CaseStudyView toView(String unitCode) {
		return new CaseStudyView(id, unitCode, title, visitId, caseReference, summary, body, status, writtenBy,
				submittedAt, reviewComment, reviewedBy, published);
	}
}
