package org.iprassist.cases.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint cases as the module's other casework opens and follows them: a complaint received at
 * an exhibition becomes a complaint case of {@link Complaints} and goes through the very same
 * paperwork on the case's own pages (sealed acceptance form, sealed transfer letter with its
 * one-time receipt link or an uploaded receipt, the bureau's filing feedback, closing only with
 * all papers on file). The caller keeps the case's id and reads its progress back here.
 */
@Service
public class ComplaintCases {

	private final Complaints complaints;

	private final Cases cases;

	private final CaseTimeline timeline;

	ComplaintCases(Complaints complaints, Cases cases, CaseTimeline timeline) {
		this.complaints = complaints;
		this.cases = cases;
		this.timeline = timeline;
	}

	/**
	 * Receives a complaint made at an exhibition in the current unit, naming the exhibition on the
	 * case's timeline.
	 * @return the complaint case's id
	 */
	@Transactional
	public UUID receiveAtExhibition(String exhibition, String complainant, String respondent, String facts,
			String jurisdictionCity, String by) {
		ComplaintForm form = new ComplaintForm(false, complainant.strip(), null, respondent.strip(), null, null,
				facts.strip(), jurisdictionCity.strip());
		UUID id = complaints.receive(form, List.of(), by).id();
		timeline.record(id, by, "timeline.received-at-exhibition", exhibition);
		return id;
	}

	/**
	 * @return the progress of those of the given complaint cases that exist in the current unit
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Progress> progress(Collection<UUID> caseIds) {
		return cases.findAllById(caseIds)
			.stream()
			.collect(Collectors.toMap(CaseEntity::id,
					c -> new Progress(c.caseNumber(), c.status(), c.transferredAt())));
	}

	/** Where a complaint case stands: its number, status and when it was transferred (if it was). */
	public record Progress(String caseNumber, CaseStatus status, LocalDateTime transferredAt) {
	}
}
