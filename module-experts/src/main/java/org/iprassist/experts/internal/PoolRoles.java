package org.iprassist.experts.internal;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.tenants.UnitView;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the pool: the regional centre's staff and admins (and the province's
 * regional admins) keep it and see personal data whole when their role needs it; members of any
 * unit recommend experts and ask them for opinions.
 */
final class PoolRoles {

	private PoolRoles() {
	}

	static boolean keepsPool(IprUser user, UnitView centre, String currentUnit) {
		return centre.code().equals(currentUnit) && (user.hasUnitRole(centre.code(), Role.UNIT_ADMIN)
				|| user.hasUnitRole(centre.code(), Role.STAFF) || user.regionalProvinces().contains(centre.provinceCode()));
	}

	static boolean seesPersonalData(IprUser user, UnitView centre) {
		return user.hasUnitRole(centre.code(), Role.UNIT_ADMIN)
				|| user.regionalProvinces().contains(centre.provinceCode());
	}

	static boolean worksIn(IprUser user, String unit) {
		return user.hasUnitRole(unit, Role.STAFF) || user.hasUnitRole(unit, Role.UNIT_ADMIN);
	}

	static void requireKeeper(IprUser user, UnitView centre, String currentUnit) {
		if (!keepsPool(user, centre, currentUnit)) {
			throw new AccessDeniedException("Only the regional centre keeps the pool");
		}
	}

	static void requireWorker(IprUser user, String unit) {
		if (!worksIn(user, unit)) {
			throw new AccessDeniedException("Only the unit's staff may do this");
		}
	}
}
