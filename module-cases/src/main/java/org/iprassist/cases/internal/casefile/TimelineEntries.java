package org.iprassist.cases.internal.casefile;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The timeline entries of the current unit's cases.
 */
interface TimelineEntries extends JpaRepository<TimelineEntryEntity, UUID> {

	List<TimelineEntryEntity> findByCaseIdOrderByStepNoAscAtAsc(UUID caseId);

	long countByCaseId(UUID caseId);

	boolean existsByCaseIdAndReference(UUID caseId, String reference);

	/**
	 * Saves an entry numbered after the case's last one: entries can share a timestamp (two steps
	 * in one request, or a database that keeps whole seconds), their order must not depend on it.
	 */
	default TimelineEntryEntity record(TimelineEntryEntity entry) {
		entry.numbered((int) countByCaseId(entry.caseId()) + 1);
		return save(entry);
	}
}
