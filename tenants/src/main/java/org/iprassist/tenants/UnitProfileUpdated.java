package org.iprassist.tenants;

import org.iprassist.core.tenancy.UnitEvent;

/**
 * A unit admin has changed the unit's own profile (address, contacts).
 */
public record UnitProfileUpdated(String unitCode, java.time.LocalDate occurredOn) implements UnitEvent {
}
