package org.iprassist.tenants;

import org.iprassist.core.tenancy.EventName;
import org.iprassist.core.tenancy.Occurrence;
import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit's schema has been created and migrated: its portal is open.
 */
@EventName("tenants.UnitProvisioned")
public record UnitProvisioned(String unitCode, String provinceCode, java.time.LocalDate occurredOn) implements UnitEvent {

	@Override
	public Occurrence occurred() {
		return Occurrence.on(occurredOn);
	}
}
