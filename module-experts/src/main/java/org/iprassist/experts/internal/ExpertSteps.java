package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The lifecycle history of the pool's experts.
 */
interface ExpertSteps extends JpaRepository<ExpertStepEntity, UUID> {

	List<ExpertStepEntity> findByExpertIdOrderByStepNoAsc(UUID expertId);

	long countByExpertId(UUID expertId);

	/**
	 * Saves a step numbered after the expert's last one: several steps can share a timestamp
	 * (MariaDB keeps whole seconds here), their order must not depend on it.
	 */
	default ExpertStepEntity record(ExpertStepEntity step) {
		step.numbered((int) countByExpertId(step.expertId()) + 1);
		return save(step);
	}
}
