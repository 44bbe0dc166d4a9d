package org.iprassist.enterprise.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The current unit's visit plans, one per year.
 */
interface VisitPlans extends JpaRepository<VisitPlanEntity, UUID> {

	Optional<VisitPlanEntity> findByPlanYear(int planYear);
}
