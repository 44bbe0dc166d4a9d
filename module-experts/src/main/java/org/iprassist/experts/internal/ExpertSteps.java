package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The lifecycle history of the pool's experts.
 */
interface ExpertSteps extends JpaRepository<ExpertStepEntity, UUID> {

	List<ExpertStepEntity> findByExpertIdOrderByOccurredAtAsc(UUID expertId);
}
