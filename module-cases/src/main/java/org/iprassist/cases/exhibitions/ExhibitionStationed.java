package org.iprassist.cases.exhibitions;

import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit's staff were stationed at an exhibition from {@code occurredOn} for {@code days} days (work item 9).
 */
@EventName("cases.ExhibitionStationed")
public record ExhibitionStationed(String unitCode, UUID stationingId, UUID exhibitionId, String exhibition, int days, LocalDate occurredOn) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(occurredOn);
	}
}
