package org.iprassist.cases.ecommerce;

import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A sub-centre ({@code unitCode}) declined a case dispatched to it; the case goes back to the regional queue of {@code sourceUnitCode}.
 */
@EventName("cases.EcommerceCaseDeclined")
public record EcommerceCaseDeclined(String unitCode, UUID caseId, String sourceUnitCode, UUID sourceCaseId, String reason, Instant declinedAt) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.at(declinedAt);
	}
}
