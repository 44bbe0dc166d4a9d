package org.iprassist.tenants.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.tenancy.TenancyProperties;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.tenants.ProvisioningStatus;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * Serves both the tenancy runtime ({@link TenantDirectory}) and other modules ({@link UnitDirectory})
 * from one snapshot of the tenant store. The snapshot is dropped on every local change and expires
 * after {@value #TTL_SECONDS} seconds so that changes made on another node show up too.
 */
@Component
class CachedUnitDirectory implements UnitDirectory, TenantDirectory {

	private static final long TTL_SECONDS = 30;

	private static final Comparator<UnitView> NETWORK_ORDER = Comparator.comparing(UnitView::type)
		.thenComparing(unit -> unit.parentCode() == null ? "" : unit.parentCode())
		.thenComparing(UnitView::code);

	private final Units units;

	private final Provinces provinces;

	private final PlatformWork platform;

	private volatile Snapshot snapshot;

	CachedUnitDirectory(Units units, Provinces provinces, PlatformWork platform) {
		this.units = units;
		this.provinces = provinces;
		this.platform = platform;
	}

	@Override
	public Optional<TenantDescriptor> find(UnitCode code) {
		return Optional.ofNullable(snapshot().tenants.get(code.value()));
	}

	@Override
	public List<TenantDescriptor> readyTenants() {
		return snapshot().tenants.values().stream().filter(TenantDescriptor::ready).toList();
	}

	@Override
	public Optional<UnitView> find(String code) {
		return Optional.ofNullable(snapshot().units.get(code));
	}

	@Override
	public List<UnitView> ofProvince(String provinceCode) {
		return snapshot().units.values()
			.stream()
			.filter(unit -> unit.provinceCode().equals(provinceCode))
			.sorted(NETWORK_ORDER)
			.toList();
	}

	@Override
	public List<UnitView> enterableBy(IprUser user) {
		return snapshot().units.values()
			.stream()
			.filter(unit -> user.unitCodes().contains(unit.code())
					|| user.regionalProvinces().contains(unit.provinceCode()))
			.sorted(NETWORK_ORDER)
			.toList();
	}

	@Override
	public String provinceName(String provinceCode) {
		return snapshot().provinceNames.getOrDefault(provinceCode, provinceCode);
	}

	void invalidate() {
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || current.isExpired()) {
			current = platform.read(this::load);
			snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		List<UnitEntity> all = units.findAll();
		Map<String, UnitView> views = all.stream()
			.map(UnitEntity::toView)
			.collect(Collectors.toMap(UnitView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<String, TenantDescriptor> tenants = all.stream()
			.collect(Collectors.toMap(UnitEntity::code, CachedUnitDirectory::descriptor));
		Map<String, String> provinceNames = provinces.findAll()
			.stream()
			.collect(Collectors.toMap(ProvinceEntity::code, ProvinceEntity::name));
		return new Snapshot(views, tenants, provinceNames, System.nanoTime());
	}

	static TenantDescriptor descriptor(UnitEntity unit) {
		return new TenantDescriptor(new UnitCode(unit.code()), unit.provinceCode(), unit.schemaName(),
				unit.dbServerKey() == null ? TenancyProperties.DEFAULT_SERVER : unit.dbServerKey(),
				unit.provisioning() == ProvisioningStatus.READY);
	}

	private record Snapshot(Map<String, UnitView> units, Map<String, TenantDescriptor> tenants,
			Map<String, String> provinceNames, long loadedAt) {

		boolean isExpired() {
			return System.nanoTime() - loadedAt > Duration.ofSeconds(TTL_SECONDS).toNanos();
		}
	}
}
