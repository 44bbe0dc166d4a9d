package org.iprassist.tenants;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit admin has changed the unit's own profile (address, contacts).
 */
@EventName("tenants.UnitProfileUpdated")
public record UnitProfileUpdated(String unitCode, java.time.LocalDate occurredOn) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(occurredOn);
	}
}
