package org.iprassist.tenants.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.iprassist.core.security.IdentityProvisioning;
import org.iprassist.core.tenancy.TenancyProperties;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantSchemaMigrator;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.ProvisioningStatus;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Onboards units: register the unit, create its schema, migrate it, register it at the identity
 * provider (its Keycloak organization, nothing with local accounts), mark it ready. Each step is
 * recorded on the unit as it happens, so the platform console can show progress and a failure
 * leaves the unit {@code PLANNED} with its error and not ready; running {@link #provision} again
 * picks up where the failed attempt stopped.
 */
@Service
class ProvisioningManagement {

	private static final Logger log = LoggerFactory.getLogger(ProvisioningManagement.class);

	private final Units units;

	private final Provinces provinces;

	private final TenantWork.Scope platform;

	private final TenantSchemaMigrator migrator;

	private final IdentityProvisioning identities;

	private final TenancyProperties properties;

	private final CachedUnitDirectory directory;

	private final TaskExecutor executor;

	private final Clock clock;

	ProvisioningManagement(Units units, Provinces provinces, TenantWork work, TenantSchemaMigrator migrator,
			IdentityProvisioning identities, TenancyProperties properties, CachedUnitDirectory directory,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.units = units;
		this.provinces = provinces;
		this.platform = work.platform();
		this.migrator = migrator;
		this.identities = identities;
		this.properties = properties;
		this.directory = directory;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Records a new unit as {@code PLANNED} and not yet provisioned.
	 *
	 * @throws BadRequestException if the code, province or parent is wrong
	 * @throws ConflictException if the code is taken
	 */
	UnitView register(NewUnit unit) {
		UnitCode code = new UnitCode(unit.code());
		UnitView registered = platform.write(() -> {
			if (!provinces.existsById(unit.provinceCode())) {
				throw new BadRequestException("error.province.unknown", unit.provinceCode());
			}
			if (!migrator.knowsServer(unit.serverKey())) {
				throw new BadRequestException("error.unit.server-unknown", unit.serverKey());
			}
			if (units.existsById(unit.code())) {
				throw new ConflictException("error.unit.duplicate", unit.code());
			}
			checkParent(unit);
			UnitEntity entity = new UnitEntity(unit, code.schemaName(properties.schemaPrefix()), LocalDate.now(clock));
			return units.save(entity).toView();
		});
		directory.invalidate();
		return registered;
	}

	private void checkParent(NewUnit unit) {
		if (unit.type() == UnitType.REGIONAL_CENTRE) {
			return;
		}
		String parent = unit.parentCode();
		boolean known = parent != null && units.findById(parent)
			.map(entity -> entity.provinceCode().equals(unit.provinceCode()))
			.orElse(false);
		if (!known) {
			throw new BadRequestException("error.unit.parent-unknown", parent == null ? "" : parent);
		}
	}

	/**
	 * @return every unit of every province, as the platform console lists them
	 */
	List<UnitView> allUnits() {
		return platform.read(() -> units.findAll()
			.stream()
			.map(UnitEntity::toView)
			.sorted(Comparator.comparing(UnitView::provinceCode)
				.thenComparing(UnitView::type)
				.thenComparing(UnitView::code))
			.toList());
	}

	/**
	 * @return the unit straight from the tenant store, with its latest provisioning step
	 */
	UnitView unit(String code) {
		return platform.read(() -> load(code).toView());
	}

	/**
	 * Provisions in the background; progress shows on the unit.
	 */
	void provisionLater(String code) {
		executor.execute(() -> provision(code));
	}

	/**
	 * Creates and migrates the unit's schema, registers the unit at the identity provider, then
	 * marks it ready. Never throws for a failed step: the failure is recorded on the unit.
	 *
	 * @return the unit as it ended up
	 */
	UnitView provision(String code) {
		TenantDescriptor tenant = step(code, ProvisioningStatus.CREATING_SCHEMA);
		try {
			migrator.createSchema(tenant);
			step(code, ProvisioningStatus.MIGRATING);
			String version = migrator.migrate(tenant);
			step(code, ProvisioningStatus.CREATING_IDENTITY);
			UnitView registered = unit(code);
			identities.ensureUnit(registered.provinceCode(), registered.code(), registered.name());
			return update(code, unit -> unit.provisioned(version, LocalDateTime.now(clock)));
		}
		catch (RuntimeException ex) {
			log.warn("Provisioning of {} failed: {}", code, ex.getMessage());
			return update(code, unit -> unit.provisioningFailed(ex.getMessage()));
		}
	}

	/**
	 * Brings a ready unit's schema up to the current changelog.
	 */
	void migrate(String code) {
		TenantDescriptor tenant = platform.read(() -> CachedUnitDirectory.descriptor(load(code)));
		String version = migrator.migrate(tenant);
		update(code, unit -> unit.migrated(version));
	}

	private TenantDescriptor step(String code, ProvisioningStatus step) {
		String schema = new UnitCode(code).schemaName(properties.schemaPrefix());
		TenantDescriptor tenant = platform.write(() -> {
			UnitEntity unit = load(code);
			unit.provisioningStep(step, schema);
			return CachedUnitDirectory.descriptor(units.save(unit));
		});
		directory.invalidate();
		return tenant;
	}

	private UnitView update(String code, Consumer<UnitEntity> change) {
		UnitView view = platform.write(() -> {
			UnitEntity unit = load(code);
			change.accept(unit);
			return units.save(unit).toView();
		});
		directory.invalidate();
		return view;
	}

	private UnitEntity load(String code) {
		return units.findById(code).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}
}
