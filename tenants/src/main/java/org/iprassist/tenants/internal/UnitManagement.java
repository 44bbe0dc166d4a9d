package org.iprassist.tenants.internal;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Service;

/**
 * Lifecycle changes a regional admin makes to the units of their province.
 */
@Service
class UnitManagement {

	private final Units units;

	private final TenantWork.Scope platform;

	private final CachedUnitDirectory directory;

	UnitManagement(Units units, TenantWork work, CachedUnitDirectory directory) {
		this.units = units;
		this.platform = work.platform();
		this.directory = directory;
	}

	/**
	 * Records the establishment facts and makes the unit established (重新挂牌 for a suspended unit).
	 */
	UnitView establish(String provinceCode, String code, EstablishmentFacts facts) {
		UnitView view = platform.write(() -> {
			UnitEntity unit = units.findById(code)
				.filter(candidate -> candidate.provinceCode().equals(provinceCode))
				.orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
			unit.establish(facts);
			return units.save(unit).toView();
		});
		directory.invalidate();
		return view;
	}
}
