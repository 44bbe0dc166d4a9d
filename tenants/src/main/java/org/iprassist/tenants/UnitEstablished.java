package org.iprassist.tenants;

import java.time.LocalDate;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit has opened, or re-opened after suspension (重新挂牌), with staff and premises in place and
 * its sign hung. Appraisal counts re-establishments against work item 1 of the work plan.
 *
 * @param reestablished whether the unit had been suspended before
 */
@EventName("tenants.UnitEstablished")
public record UnitEstablished(String unitCode, String provinceCode, LocalDate signHungOn, boolean reestablished)
		implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(signHungOn);
	}
}
