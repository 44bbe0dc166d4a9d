package org.iprassist.enterprise;

import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * The regional centre accepted a unit's service case study (典型服务案例, work item 15);
 * {@code unitCode} is the unit that wrote it, {@code madePublic} whether it is on the province's
 * public page of typical cases.
 */
@EventName("enterprise.CaseStudyAccepted")
public record CaseStudyAccepted(String unitCode, UUID caseStudyId, String title, boolean madePublic,
		Instant acceptedAt) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.at(acceptedAt);
	}
}
