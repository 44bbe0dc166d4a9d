package org.iprassist.cases.ecommerce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.iprassist.core.tenancy.UnitEvent;

/**
 * The regional centre ({@code unitCode}) dispatched a case to a sub-centre, where it now exists as {@code assignedCaseId}.
 */
public record EcommerceCaseAssigned(String unitCode, UUID caseId, String caseNumber, String assignedUnitCode, UUID assignedCaseId, Instant assignedAt) implements UnitEvent {

	@Override
	public LocalDate occurredOn() {
		return LocalDate.ofInstant(assignedAt, ZoneId.of("Asia/Shanghai"));
	}
}
