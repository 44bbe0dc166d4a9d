package org.iprassist.cases;

import java.time.LocalDate;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A case was closed with an outcome.
 *
 * @param caseNumber the unit's case number, e.g. {@code YZ-2026-000001}
 * @param rightType the kind of right concerned (an {@code experts.RightType} name), or {@code null}
 * @param receivedOn the day the case was received
 * @param occurredOn the day this fact happened (in the network's time zone, as the publisher's clock saw it)
 */
@EventName("cases.CaseClosed")
public record CaseClosed(String unitCode, String caseNumber, CaseType caseType, String rightType, LocalDate receivedOn,
		LocalDate occurredOn) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(occurredOn);
	}
}
