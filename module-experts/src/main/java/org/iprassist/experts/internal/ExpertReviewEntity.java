package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The regional centre's annual review of one expert (dynamic management): the services the expert
 * gave that year, their average rating, and the decision taken.
 */
@Entity
@Table(name = "expert_review")
class ExpertReviewEntity {

	/** What a review decides. */
	enum Decision {
		KEEP, SUSPEND, RETIRE
	}

	@Id
	private UUID id;

	private UUID expertId;

	@Column(name = "review_year")
	private int year;

	private int services;

	private BigDecimal averageRating;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String note;

	private String reviewer;

	private LocalDateTime reviewedAt;

	protected ExpertReviewEntity() {
	}

	ExpertReviewEntity(UUID expertId, int year, int services, BigDecimal averageRating, Decision decision, String note,
			String reviewer, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.expertId = expertId;
		this.year = year;
		this.services = services;
		this.averageRating = averageRating;
		this.decision = decision;
		this.note = note;
		this.reviewer = reviewer;
		this.reviewedAt = now;
	}

	ReviewView toView() {
		return new ReviewView(year, services, averageRating, decision.name(), note, reviewer, reviewedAt);
	}

	/**
	 * An annual review as pages and the API show it.
	 */
	public record ReviewView(int year, int services, BigDecimal averageRating, String decision, String note,
			String reviewer, LocalDateTime reviewedAt) {
	}
}
