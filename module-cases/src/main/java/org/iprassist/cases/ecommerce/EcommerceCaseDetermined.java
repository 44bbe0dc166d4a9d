package org.iprassist.cases.ecommerce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit ({@code unitCode}) determined an e-commerce case: whether the product falls within each
 * asserted claim and the overall conclusion. {@code minutesTaken} runs from receipt at the regional
 * centre; {@code withinClock} says whether it took at most 24 hours. When the case was dispatched,
 * {@code sourceUnitCode} and {@code sourceCaseId} name the regional centre's record of it.
 */
@EventName("cases.EcommerceCaseDetermined")
public record EcommerceCaseDetermined(String unitCode, UUID caseId, String caseNumber, String sourceUnitCode,
		UUID sourceCaseId, String conclusion, String reasons, List<ClaimFinding> findings, String handler,
		Instant determinedAt, long minutesTaken, boolean withinClock) implements UnitEvent {

	public double hoursTaken() {
		return minutesTaken / 60.0;
	}

	@Override
	public Occurrence occurred() {
		return Occurrence.at(determinedAt);
	}

	/**
	 * Whether the product falls within one asserted claim: {@code YES}, {@code NO} or {@code UNDETERMINED}.
	 */
	public record ClaimFinding(String claim, String within, String note) {
	}
}
