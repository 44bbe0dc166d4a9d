package org.iprassist.enterprise.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The current unit's service case studies.
 */
interface CaseStudies extends JpaRepository<CaseStudyEntity, UUID> {

	List<CaseStudyEntity> findAllByOrderByCreatedAtDesc();

	List<CaseStudyEntity> findByStatusInOrderBySubmittedAtDesc(Collection<CaseStudyStatus> statuses);
}
