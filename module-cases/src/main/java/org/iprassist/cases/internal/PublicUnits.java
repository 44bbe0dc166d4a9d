package org.iprassist.cases.internal;

import java.util.function.Supplier;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * The controlled way into a unit's schema for the public pages, which have no membership to check:
 * the code must be well-formed and name a known unit whose schema is ready, and the work runs
 * inside {@code Tenancy.callAs} for that unit alone.
 */
@Component
class PublicUnits {

	private final TenantDirectory tenants;

	private final UnitDirectory units;

	PublicUnits(TenantDirectory tenants, UnitDirectory units) {
		this.tenants = tenants;
		this.units = units;
	}

	UnitView unit(String code) {
		tenant(code);
		return units.find(code).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}

	<T> T callIn(String code, Supplier<T> work) {
		return Tenancy.callAs(tenant(code), work);
	}

	private TenantDescriptor tenant(String code) {
		if (code == null || !UnitCode.isValid(code)) {
			throw new NotFoundException("error.unit.not-found", "");
		}
		return tenants.find(new UnitCode(code))
			.filter(TenantDescriptor::ready)
			.orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}
}
