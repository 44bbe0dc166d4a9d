package org.iprassist.documents.internal;

import org.iprassist.core.tenancy.TenantListener;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.tenants.UnitProvisioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every unit its seal before anyone issues in its name: when the tenant store reports a unit
 * provisioned, and once at start-up for ready units made before seals came with provisioning (the
 * demo network, earlier deployments). The provisioning event is published in the platform schema
 * and the seal lives in the unit's, which cannot be entered inside the publisher's transaction:
 * hence an async transactional listener rather than {@code @ApplicationModuleListener}. The
 * backfill runs before the application reports ready and costs one primary-key lookup per unit
 * that already has its seal.
 */
@Component
class UnitSealProvisioning {

	private static final Logger log = LoggerFactory.getLogger(UnitSealProvisioning.class);

	private final UnitSealManagement seals;

	private final UnitSchemas schemas;

	private final TenantWork work;

	UnitSealProvisioning(UnitSealManagement seals, UnitSchemas schemas, TenantWork work) {
		this.seals = seals;
		this.schemas = schemas;
		this.work = work;
	}

	@TenantListener
	void on(UnitProvisioned event) {
		work.findUnit(event.unitCode()).ifPresent(this::ensure);
	}

	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		long made = work.eachReadyUnit(this::ensure).values().stream().filter(Boolean::booleanValue).count();
		if (made > 0) {
			log.info("Seals made for {} units that had none", made);
		}
	}

	private boolean ensure(TenantWork.Scope unit) {
		String code = unit.unitCode().orElseThrow();
		String name = schemas.nameOf(code);
		return unit.call(() -> seals.ensure(code, name));
	}
}
