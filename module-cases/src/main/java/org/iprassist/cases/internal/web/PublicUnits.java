package org.iprassist.cases.internal.web;

import java.util.function.Supplier;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * The controlled way into a unit's schema for the public pages, which have no membership to check:
 * {@link TenantWork} answers 404 unless the code is well-formed and names a known unit whose schema
 * is ready, and the work runs in that unit alone.
 */
@Component
class PublicUnits {

	private final TenantWork work;

	private final UnitDirectory units;

	PublicUnits(TenantWork work, UnitDirectory units) {
		this.work = work;
		this.units = units;
	}

	UnitView unit(String code) {
		work.unit(code);
		return units.find(code).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}

	<T> T callIn(String code, Supplier<T> work) {
		return this.work.unit(code).call(work);
	}
}
