package org.iprassist.enterprise.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The current unit's enterprise visits.
 */
interface Visits extends JpaRepository<VisitEntity, UUID> {

	List<VisitEntity> findByVisitedOnBetweenOrderByVisitedOnDesc(LocalDate from, LocalDate to);

	List<VisitEntity> findByEnterpriseIdOrderByVisitedOnDesc(UUID enterpriseId);

	List<VisitEntity> findByFollowUpOnGreaterThanEqualOrderByFollowUpOnAsc(LocalDate from);
}
