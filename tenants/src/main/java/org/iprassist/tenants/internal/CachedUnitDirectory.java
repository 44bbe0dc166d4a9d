package org.iprassist.tenants.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iprassist.core.security.IdentityRealms;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.tenancy.TenancyProperties;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.tenants.ProvisioningStatus;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * Serves the tenancy runtime ({@link TenantDirectory}), the Keycloak login ({@link IdentityRealms})
 * and other modules ({@link UnitDirectory}) from one snapshot of the tenant store. The snapshot is dropped on every local change and expires
 * after {@value #TTL_SECONDS} seconds so that changes made on another node show up too.
 */
@Component
class CachedUnitDirectory implements UnitDirectory, TenantDirectory, IdentityRealms {

	private static final long TTL_SECONDS = 30;

	private static final Comparator<UnitView> NETWORK_ORDER = Comparator.comparing(UnitView::type)
		.thenComparing(unit -> unit.parentCode() == null ? "" : unit.parentCode())
		.thenComparing(UnitView::code);

	private final Units units;

	private final Provinces provinces;

	private final TenantWork.Scope platform;

	private volatile Snapshot snapshot;

	CachedUnitDirectory(Units units, Provinces provinces, TenantWork work) {
		this.units = units;
		this.provinces = provinces;
		this.platform = work.platform();
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
	public Optional<UnitView> regionalCentre(String provinceCode) {
		return ofProvince(provinceCode).stream().filter(unit -> unit.type() == UnitType.REGIONAL_CENTRE).findFirst();
	}

	@Override
	public Optional<TenantDescriptor> findCentre(String provinceCode) {
		return regionalCentre(provinceCode).map(unit -> snapshot().tenants.get(unit.code()));
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

	@Override
	public Optional<String> provinceOf(String issuer) {
		return snapshot().issuers.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(issuer))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	@Override
	public Map<String, String> issuersByProvince() {
		return snapshot().issuers;
	}

	@Override
	public boolean isUnitOf(String unitCode, String provinceCode) {
		UnitView unit = snapshot().units.get(unitCode);
		return unit != null && unit.provinceCode().equals(provinceCode);
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
		List<ProvinceEntity> allProvinces = provinces.findAll();
		Map<String, String> provinceNames = allProvinces.stream()
			.collect(Collectors.toMap(ProvinceEntity::code, ProvinceEntity::name));
		Map<String, String> issuers = allProvinces.stream()
			.filter(province -> province.issuerUri() != null)
			.collect(Collectors.toUnmodifiableMap(ProvinceEntity::code, ProvinceEntity::issuerUri));
		return new Snapshot(views, tenants, provinceNames, issuers, System.nanoTime());
	}

	static TenantDescriptor descriptor(UnitEntity unit) {
		return new TenantDescriptor(new UnitCode(unit.code()), unit.provinceCode(), unit.schemaName(),
				unit.dbServerKey() == null ? TenancyProperties.DEFAULT_SERVER : unit.dbServerKey(),
				unit.provisioning() == ProvisioningStatus.READY);
	}

	private record Snapshot(Map<String, UnitView> units, Map<String, TenantDescriptor> tenants,
			Map<String, String> provinceNames, Map<String, String> issuers, long loadedAt) {

		boolean isExpired() {
			return System.nanoTime() - loadedAt > Duration.ofSeconds(TTL_SECONDS).toNanos();
		}
	}
}
