package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The annual reviews of the pool's experts.
 */
interface ExpertReviews extends JpaRepository<ExpertReviewEntity, UUID> {

	List<ExpertReviewEntity> findByExpertIdOrderByYearDesc(UUID expertId);

	boolean existsByExpertIdAndYear(UUID expertId, int year);
}
