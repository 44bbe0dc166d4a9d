package org.iprassist.tenants.internal;

import java.util.List;

import org.iprassist.core.tenancy.TenantSchemaMigrator;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.tenants.ProvisioningStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the application serves requests, provisions units that were never provisioned (such as
 * the seeded network on a first start) and migrates ready units whose recorded changelog version
 * is behind. Up-to-date units cost nothing: one query finds the units needing work, so start-up
 * time does not grow with the number of tenants.
 */
@Component
class TenantSchemasAtStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TenantSchemasAtStartup.class);

	private static final List<ProvisioningStatus> UNFINISHED = List.of(ProvisioningStatus.PENDING,
			ProvisioningStatus.CREATING_SCHEMA, ProvisioningStatus.MIGRATING, ProvisioningStatus.CREATING_IDENTITY);

	private final Units units;

	private final TenantWork.Scope platform;

	private final ProvisioningManagement provisioning;

	private final TenantSchemaMigrator migrator;

	TenantSchemasAtStartup(Units units, TenantWork work, ProvisioningManagement provisioning,
			TenantSchemaMigrator migrator) {
		this.units = units;
		this.platform = work.platform();
		this.provisioning = provisioning;
		this.migrator = migrator;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String version = migrator.changelogVersion();
		List<UnitEntity> pending = platform.read(() -> units.needingSchemaWork(UNFINISHED, version));
		if (pending.isEmpty()) {
			log.info("All tenant schemas are at changelog version {}", version);
			return;
		}
		log.info("{} tenant schemas need provisioning or migration to {}", pending.size(), version);
		long started = System.nanoTime();
		pending.forEach(this::bringUpToDate);
		log.info("Tenant schemas done in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void bringUpToDate(UnitEntity unit) {
		if (unit.provisioning() == ProvisioningStatus.READY) {
			provisioning.migrate(unit.code());
		}
		else {
			provisioning.provision(unit.code());
		}
	}
}
