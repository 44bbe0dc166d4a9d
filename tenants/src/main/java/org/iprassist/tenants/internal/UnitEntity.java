package org.iprassist.tenants.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.web.ConflictException;
import org.iprassist.tenants.Lifecycle;
import org.iprassist.tenants.ProvisioningStatus;
import org.iprassist.tenants.UnitEstablished;
import org.iprassist.tenants.UnitProvisioned;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A unit of the network, kept in the platform schema. It registers its own events when its state
 * changes, so no service can forget to publish them.
 */
@Entity
@Table(name = "unit")
class UnitEntity extends AbstractAggregateRoot<UnitEntity> {

	private static final int ERROR_LENGTH = 1000;

	@Id
	private String code;

	private String provinceCode;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitType type;

	private boolean generalWorkstation;

	private String parentCode;

	private String city;

	private String hostOrganisation;

	private String supervisingAuthority;

	@Enumerated(EnumType.STRING)
	private Lifecycle lifecycle;

	private LocalDate plannedOn;

	private LocalDate establishedOn;

	private LocalDate suspendedOn;

	private LocalDate archivedOn;

	private boolean staffInPlace;

	private String premises;

	private LocalDate signHungOn;

	private String schemaName;

	private String dbServerKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "provisioning_status")
	private ProvisioningStatus provisioning;

	private String provisioningError;

	private String changelogVersion;

	private LocalDateTime provisionedAt;

	@Version
	private long version;

	protected UnitEntity() {
	}

	UnitEntity(NewUnit unit, String schemaName, LocalDate today) {
		this.code = unit.code();
		this.provinceCode = unit.provinceCode();
		this.name = unit.name();
		this.type = unit.type();
		this.generalWorkstation = unit.generalWorkstation();
		this.parentCode = blankToNull(unit.parentCode());
		this.city = unit.city();
		this.hostOrganisation = blankToNull(unit.hostOrganisation());
		this.supervisingAuthority = blankToNull(unit.supervisingAuthority());
		this.lifecycle = Lifecycle.PLANNED;
		this.plannedOn = today;
		this.schemaName = schemaName;
		this.dbServerKey = unit.serverKey();
		this.provisioning = ProvisioningStatus.PENDING;
	}

	void provisioningStep(ProvisioningStatus step, String schema) {
		this.provisioning = step;
		this.provisioningError = null;
		if (schemaName == null) {
			schemaName = schema;
		}
	}

	void provisioned(String version, LocalDateTime at) {
		this.provisioning = ProvisioningStatus.READY;
		this.provisioningError = null;
		this.changelogVersion = version;
		this.provisionedAt = at;
		registerEvent(new UnitProvisioned(code, provinceCode, at.toLocalDate()));
	}

	void migrated(String version) {
		this.changelogVersion = version;
	}

	void provisioningFailed(String error) {
		this.provisioning = ProvisioningStatus.FAILED;
		this.provisioningError = error == null || error.length() <= ERROR_LENGTH ? error
				: error.substring(0, ERROR_LENGTH);
	}

	/**
	 * Opens or re-opens the unit (重新挂牌) with its facts recorded.
	 */
	void establish(EstablishmentFacts facts) {
		if (lifecycle != Lifecycle.PLANNED && lifecycle != Lifecycle.SUSPENDED) {
			throw new ConflictException("error.unit.cannot-establish", code, lifecycle);
		}
		boolean reestablished = lifecycle == Lifecycle.SUSPENDED;
		this.staffInPlace = facts.staffInPlace();
		this.premises = facts.premises();
		this.signHungOn = facts.signHungOn();
		this.establishedOn = facts.signHungOn();
		this.lifecycle = Lifecycle.ESTABLISHED;
		registerEvent(new UnitEstablished(code, provinceCode, facts.signHungOn(), reestablished));
	}

	String code() {
		return code;
	}

	String schemaName() {
		return schemaName;
	}

	String dbServerKey() {
		return dbServerKey;
	}

	String provinceCode() {
		return provinceCode;
	}

	ProvisioningStatus provisioning() {
		return provisioning;
	}

	String changelogVersion() {
		return changelogVersion;
	}

	UnitView toView() {
		return new UnitView(code, provinceCode, name, type, generalWorkstation, parentCode, city, hostOrganisation,
				supervisingAuthority, lifecycle, establishedOn, staffInPlace, premises, signHungOn, provisioning,
				provisioningError);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
