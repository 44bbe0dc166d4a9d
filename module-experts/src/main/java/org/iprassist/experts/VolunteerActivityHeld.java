package org.iprassist.experts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit's volunteer team held an activity (work item 21): counted by the appraisal.
 */
@EventName("experts.VolunteerActivityHeld")
public record VolunteerActivityHeld(String unitCode, UUID activityId, UUID teamId, String theme, LocalDate heldOn,
		int volunteers, BigDecimal totalHours) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(heldOn);
	}
}
