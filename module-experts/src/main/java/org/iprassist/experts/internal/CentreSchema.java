package org.iprassist.experts.internal;

import java.util.function.Supplier;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * The way from any unit of a province to its pool: the pool and its consultations live in the
 * regional centre's schema, so work on them runs there through {@link TenantWork#centreOf}, which
 * switches first and opens the transaction in the centre. Events published inside land in the
 * centre's publication table.
 */
@Component
class CentreSchema {

	private final UnitDirectory units;

	private final TenantWork tenantWork;

	CentreSchema(UnitDirectory units, TenantWork tenantWork) {
		this.units = units;
		this.tenantWork = tenantWork;
	}

	/**
	 * @return the code of the unit whose request is current
	 */
	String currentUnit() {
		return Tenancy.current().orElseThrow(() -> new IllegalStateException("No unit is current")).code().value();
	}

	/**
	 * @return the regional centre of the current unit's province
	 */
	UnitView centre() {
		String province = province();
		return units.regionalCentre(province).orElseThrow(() -> new NotFoundException("experts.no-centre", province));
	}

	boolean currentIsCentre() {
		return centre().code().equals(currentUnit());
	}

	<T> T write(Supplier<T> work) {
		return tenantWork.centreOf(province()).write(work);
	}

	<T> T read(Supplier<T> work) {
		return tenantWork.centreOf(province()).read(work);
	}

	private String province() {
		return Tenancy.current().orElseThrow(() -> new IllegalStateException("No unit is current")).provinceCode();
	}
}
