package org.iprassist.cases.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The timeline entries of the current unit's cases.
 */
interface TimelineEntries extends JpaRepository<TimelineEntryEntity, UUID> {

	List<TimelineEntryEntity> findByCaseIdOrderByAtAscIdAsc(UUID caseId);

	boolean existsByCaseIdAndReference(UUID caseId, String reference);
}
