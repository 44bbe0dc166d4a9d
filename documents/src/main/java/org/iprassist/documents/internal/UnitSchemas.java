package org.iprassist.documents.internal;

import java.util.function.Supplier;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only place this module enters a unit's schema or opens a transaction by hand: the current
 * unit of a request, a public page's unit named by a verification code (well-formed, known and
 * ready, or not found), each ready unit for the seal backfill, and the seal's own transaction.
 * Kept in one class so that it moves onto core's tenant work in one step.
 */
@Component
class UnitSchemas {

	private final TenantDirectory tenants;

	private final UnitDirectory units;

	private final TransactionTemplate transactions;

	UnitSchemas(TenantDirectory tenants, UnitDirectory units, PlatformTransactionManager transactionManager) {
		this.tenants = tenants;
		this.units = units;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * @return the unit whose schema the current thread works in
	 */
	UnitView current() {
		String code = Tenancy.current()
			.map(tenant -> tenant.code().toString())
			.orElseThrow(() -> new IllegalStateException("Documents are issued inside a unit"));
		return units.find(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
	}

	/**
	 * @return a ready unit a public page names
	 * @throws NotFoundException when the code is malformed, unknown or the unit not ready
	 */
	UnitView published(String code) {
		ready(code);
		return units.find(code).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}

	<T> T callIn(String code, Supplier<T> work) {
		return Tenancy.callAs(ready(code), work);
	}

	<T> T callIn(TenantDescriptor tenant, Supplier<T> work) {
		return Tenancy.callAs(tenant, work);
	}

	Iterable<TenantDescriptor> readyUnits() {
		return tenants.readyTenants();
	}

	java.util.Optional<TenantDescriptor> readyUnit(String code) {
		return tenants.find(new UnitCode(code)).filter(TenantDescriptor::ready);
	}

	String nameOf(String code) {
		return units.find(code).map(UnitView::name).orElse(code);
	}

	<T> T inTransaction(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}

	private TenantDescriptor ready(String code) {
		if (code == null || !UnitCode.isValid(code)) {
			throw new NotFoundException("error.unit.not-found", "");
		}
		return readyUnit(code).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}
}
