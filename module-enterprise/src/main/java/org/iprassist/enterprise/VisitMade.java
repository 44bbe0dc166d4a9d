package org.iprassist.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit visited an enterprise (入企服务, work item 13) on {@code visitedOn}; {@code creditCode} is
 * the enterprise's unified social credit code.
 */
@EventName("enterprise.VisitMade")
public record VisitMade(String unitCode, UUID visitId, UUID enterpriseId, String creditCode, LocalDate visitedOn)
		implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(visitedOn);
	}
}
