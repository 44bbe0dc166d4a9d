package org.iprassist.enterprise;

import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit submitted a service case study (典型服务案例, work item 15) to the regional centre.
 */
@EventName("enterprise.CaseStudySubmitted")
public record CaseStudySubmitted(String unitCode, UUID caseStudyId, String title, Instant submittedAt)
		implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.at(submittedAt);
	}
}
