package org.iprassist.cases.ecommerce.internal;

import java.util.List;
import java.util.Optional;

import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * The units this feature moves between: a province's regional centre, the sub-centres it
 * dispatches to, and the tenants to switch into for each.
 */
@Component
class EcommerceUnits {

	private final UnitDirectory units;

	private final TenantDirectory tenants;

	EcommerceUnits(UnitDirectory units, TenantDirectory tenants) {
		this.units = units;
		this.tenants = tenants;
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
		return units.ofProvince(provinceCode).stream().filter(u -> u.type() == UnitType.REGIONAL_CENTRE).findFirst();
	}

	List<UnitView> subCentres(String provinceCode) {
		return units.ofProvince(provinceCode)
			.stream()
			.filter(u -> u.type() == UnitType.SUB_CENTRE && u.ready())
			.toList();
	}

	TenantDescriptor tenant(String code) {
		return tenants.find(new UnitCode(code))
			.filter(TenantDescriptor::ready)
			.orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}

	List<TenantDescriptor> readyTenants() {
		return tenants.readyTenants();
	}
}
