package org.iprassist.tenants.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.tenants.UnitProfileUpdated;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A unit's own profile: how the public and other units reach it. Lives in the unit's schema, one
 * row per schema.
 */
@Entity
@Table(name = "unit_profile")
class UnitProfileEntity extends AbstractAggregateRoot<UnitProfileEntity> {

	static final int THE_PROFILE = 1;

	@Id
	private int id;

	private String address;

	private String postalCode;

	private String phone;

	private String email;

	private String officeHours;

	private String introduction;

	private LocalDateTime updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected UnitProfileEntity() {
	}

	static UnitProfileEntity empty() {
		UnitProfileEntity profile = new UnitProfileEntity();
		profile.id = THE_PROFILE;
		return profile;
	}

	void update(ProfileForm form, String unitCode, String by, LocalDateTime at) {
		this.address = form.address();
		this.postalCode = form.postalCode();
		this.phone = form.phone();
		this.email = form.email();
		this.officeHours = form.officeHours();
		this.introduction = form.introduction();
		this.updatedBy = by;
		this.updatedAt = at;
		registerEvent(new UnitProfileUpdated(unitCode, at.toLocalDate()));
	}

	ProfileView toView() {
		return new ProfileView(address, postalCode, phone, email, officeHours, introduction, updatedAt, updatedBy);
	}
}
