package org.iprassist.cases.enforcement;

import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit assisted a market-regulation bureau with an on-site inspection (勘验) in the bureau's case {@code bureauCaseNumber} (work item 11).
 */
@EventName("cases.InspectionAssisted")
public record InspectionAssisted(String unitCode, UUID inspectionId, String bureau, String bureauCaseNumber, LocalDate occurredOn) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(occurredOn);
	}
}
