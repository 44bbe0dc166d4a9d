package org.iprassist.cases.hotline;

import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit replied to a work order forwarded by the 12315 hotline; {@code onTime} says whether it replied by the due date (work item 10).
 */
@EventName("cases.HotlineCaseReplied")
public record HotlineCaseReplied(String unitCode, UUID orderId, String orderNumber, boolean onTime, LocalDate occurredOn) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(occurredOn);
	}
}
