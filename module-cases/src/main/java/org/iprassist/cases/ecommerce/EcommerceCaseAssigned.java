package org.iprassist.cases.ecommerce;

import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * The regional centre ({@code unitCode}) dispatched a case to a sub-centre, where it now exists as {@code assignedCaseId}.
 */
@EventName("cases.EcommerceCaseAssigned")
public record EcommerceCaseAssigned(String unitCode, UUID caseId, String caseNumber, String assignedUnitCode, UUID assignedCaseId, Instant assignedAt) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.at(assignedAt);
	}
}
