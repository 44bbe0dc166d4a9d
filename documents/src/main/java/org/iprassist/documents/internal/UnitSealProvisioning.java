package org.iprassist.documents.internal;

import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.tenants.UnitProvisioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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

	private final UnitSeals seals;

	private final UnitSchemas schemas;

	UnitSealProvisioning(UnitSeals seals, UnitSchemas schemas) {
		this.seals = seals;
		this.schemas = schemas;
	}

	@Async
	@TransactionalEventListener
	void on(UnitProvisioned event) {
		schemas.readyUnit(event.unitCode()).ifPresent(this::ensure);
	}

	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		int made = 0;
		for (TenantDescriptor tenant : schemas.readyUnits()) {
			try {
				made += ensure(tenant) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("No seal could be made for {}; its documents cannot be issued", tenant.code(), ex);
			}
		}
		if (made > 0) {
			log.info("Seals made for {} units that had none", made);
		}
	}

	private boolean ensure(TenantDescriptor tenant) {
		String code = tenant.code().toString();
		String name = schemas.nameOf(code);
		return schemas.callIn(tenant, () -> seals.ensure(code, name));
	}
}
