package org.iprassist.tenants;

import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit's schema has been created and migrated: its portal is open.
 */
public record UnitProvisioned(String unitCode, String provinceCode, java.time.LocalDate occurredOn) implements UnitEvent {
}
