package org.iprassist.documents.internal;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * The units this module's documents belong to, as the tenant store names them: the unit a
 * document is issued in (the current one) and the unit a public page's verification code names
 * (known and ready, or not found). The work itself goes through {@link TenantWork}.
 */
@Component
class UnitSchemas {

	private final TenantWork work;

	private final UnitDirectory units;

	UnitSchemas(TenantWork work, UnitDirectory units) {
		this.work = work;
		this.units = units;
	}

	/**
	 * @return the unit whose schema the current thread works in
	 */
	UnitView current() {
		String code = work.current()
			.unitCode()
			.orElseThrow(() -> new IllegalStateException("Documents are issued inside a unit"));
		return units.find(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
	}

	/**
	 * @return a ready unit a public page names
	 * @throws NotFoundException when the code is malformed, unknown or the unit not ready
	 */
	UnitView published(String code) {
		work.unit(code);
		return units.find(code).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}

	String nameOf(String code) {
		return units.find(code).map(UnitView::name).orElse(code);
	}
}
