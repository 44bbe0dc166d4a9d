package org.iprassist.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit gave an enterprise a through-train service item (直通车服务, work item 12); {@code creditCode} is the enterprise's unified social credit code.
 */
@EventName("cases.ThroughTrainServiceGiven")
public record ThroughTrainServiceGiven(String unitCode, UUID serviceId, String enterprise, String creditCode, LocalDate occurredOn) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(occurredOn);
	}
}
