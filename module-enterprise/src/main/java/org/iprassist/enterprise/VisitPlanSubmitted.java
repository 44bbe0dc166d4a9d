package org.iprassist.enterprise;

import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit submitted its visit plan (计划服务企业名单, work item 13) for {@code planYear} to the
 * regional centre, naming {@code enterprises} enterprises it will serve.
 */
@EventName("enterprise.VisitPlanSubmitted")
public record VisitPlanSubmitted(String unitCode, UUID planId, int planYear, int enterprises, Instant submittedAt)
		implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.at(submittedAt);
	}
}
