package org.iprassist.cases.internal.casefile;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the timeline every case keeps. Joins the caller's transaction, so a step is
 * recorded exactly when the change it describes is.
 */
@Component
public class CaseTimeline {

	private final TimelineEntries entries;

	private final Clock clock;

	CaseTimeline(TimelineEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID caseId, String actor, String action, String detail) {
		entries.record(new TimelineEntryEntity(caseId, LocalDateTime.now(clock), actor, action, detail, null));
	}

	/**
	 * Records a step once per reference, for listeners delivered at least once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordOnce(UUID caseId, String actor, String action, String detail, String reference) {
		if (!entries.existsByCaseIdAndReference(caseId, reference)) {
			entries.record(new TimelineEntryEntity(caseId, LocalDateTime.now(clock), actor, action, detail, reference));
		}
	}

	@Transactional(readOnly = true)
	List<TimelineEntry> of(UUID caseId) {
		return entries.findByCaseIdOrderByStepNoAscAtAsc(caseId).stream().map(TimelineEntryEntity::toView).toList();
	}
}
