package org.iprassist.experts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit's volunteer team held an activity (work item 21): counted by the appraisal.
 */
public record VolunteerActivityHeld(String unitCode, UUID activityId, UUID teamId, String theme, LocalDate heldOn,
		int volunteers, BigDecimal totalHours) implements UnitEvent {

	@Override
	public LocalDate occurredOn() {
		return this.heldOn;
	}
}
