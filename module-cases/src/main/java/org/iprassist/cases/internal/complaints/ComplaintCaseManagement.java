package org.iprassist.cases.internal.complaints;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.iprassist.cases.ComplaintCases;
import org.iprassist.cases.internal.casefile.CaseEntity;
import org.iprassist.cases.internal.casefile.CaseTimeline;
import org.iprassist.cases.internal.casefile.Cases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ComplaintCases} on the case file: a complaint received at an exhibition is received like any
 * complaint of {@link ComplaintManagement}, with the exhibition named on its timeline.
 */
@Service
class ComplaintCaseManagement implements ComplaintCases {

	private final ComplaintManagement complaintManagement;

	private final Cases cases;

	private final CaseTimeline timeline;

	ComplaintCaseManagement(ComplaintManagement complaintManagement, Cases cases, CaseTimeline timeline) {
		this.complaintManagement = complaintManagement;
		this.cases = cases;
		this.timeline = timeline;
	}

	@Override
	@Transactional
	public UUID receiveAtExhibition(String exhibition, String complainant, String respondent, String facts,
			String jurisdictionCity, String by) {
		ComplaintForm form = new ComplaintForm(false, complainant.strip(), null, respondent.strip(), null, null,
				facts.strip(), jurisdictionCity.strip());
		UUID id = complaintManagement.receive(form, List.of(), by).id();
		timeline.record(id, by, "timeline.received-at-exhibition", exhibition);
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Progress> progress(Collection<UUID> caseIds) {
		return cases.findAllById(caseIds)
			.stream()
			.collect(Collectors.toMap(CaseEntity::id,
					c -> new Progress(c.caseNumber(), c.status(), c.transferredAt())));
	}
}
