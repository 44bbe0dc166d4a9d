package org.iprassist.enterprise.internal;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.Tenancy;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a unit's enterprise services: its staff and admins record; only its admin
 * sees contacts' phone numbers whole.
 */
final class EnterpriseRoles {

	private EnterpriseRoles() {
	}

	static String currentUnit() {
		return Tenancy.current().orElseThrow(() -> new IllegalStateException("No unit is current")).code().value();
	}

	static String currentProvince() {
		return Tenancy.current().orElseThrow(() -> new IllegalStateException("No unit is current")).provinceCode();
	}

	static boolean worksIn(IprUser user, String unit) {
		return user.hasUnitRole(unit, Role.STAFF) || user.hasUnitRole(unit, Role.UNIT_ADMIN);
	}

	static void requireWorker(IprUser user) {
		if (!worksIn(user, currentUnit())) {
			throw new AccessDeniedException("Only the unit's staff may do this");
		}
	}

	static boolean seesPhones(IprUser user) {
		return user.hasUnitRole(currentUnit(), Role.UNIT_ADMIN);
	}
}
