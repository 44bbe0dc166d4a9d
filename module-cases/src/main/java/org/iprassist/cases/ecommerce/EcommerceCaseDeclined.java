package org.iprassist.cases.ecommerce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.iprassist.core.tenancy.UnitEvent;

/**
 * A sub-centre ({@code unitCode}) declined a case dispatched to it; the case goes back to the regional queue of {@code sourceUnitCode}.
 */
public record EcommerceCaseDeclined(String unitCode, UUID caseId, String sourceUnitCode, UUID sourceCaseId, String reason, Instant declinedAt) implements UnitEvent {

	@Override
	public LocalDate occurredOn() {
		return LocalDate.ofInstant(declinedAt, ZoneId.of("Asia/Shanghai"));
	}
}
