package org.iprassist.cases.ecommerce.internal;

import java.util.List;
import java.util.Optional;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * The units this feature moves between: a province's regional centre, the sub-centres it
 * dispatches to, and the scope to work in for each.
 */
@Component
class EcommerceUnits {

	private final UnitDirectory units;

	private final TenantWork work;

	EcommerceUnits(UnitDirectory units, TenantWork work) {
		this.units = units;
		this.work = work;
	}

	UnitView unit(String code) {
		return units.find(code).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}

	Optional<UnitView> find(String code) {
		return units.find(code);
	}

	boolean isRegionalCentre(String code) {
		return units.find(code).map(u -> u.type() == UnitType.REGIONAL_CENTRE).orElse(false);
	}

	/**
	 * @return the regional centre of the unit's province (the unit itself for a regional centre)
	 */
	Optional<UnitView> centreOf(String provinceCode) {
		return units.regionalCentre(provinceCode);
	}

	List<UnitView> subCentres(String provinceCode) {
		return units.ofProvince(provinceCode)
			.stream()
			.filter(u -> u.type() == UnitType.SUB_CENTRE && u.ready())
			.toList();
	}

	/**
	 * @throws NotFoundException unless the unit is known and ready
	 */
	TenantWork.Scope in(String code) {
		return work.unit(code);
	}
}
