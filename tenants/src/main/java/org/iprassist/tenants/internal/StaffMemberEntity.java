package org.iprassist.tenants.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person on a unit's staff roster, in the unit's schema. Phone and e-mail are personal data:
 * shown to the unit and its regional admins, never logged.
 */
@Entity
@Table(name = "staff_member")
class StaffMemberEntity {

	@Id
	private UUID id;

	private String name;

	private String position;

	private String phone;

	private String email;

	private LocalDateTime createdAt;

	protected StaffMemberEntity() {
	}

	StaffMemberEntity(StaffForm form, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		update(form);
	}

	void update(StaffForm form) {
		this.name = form.name();
		this.position = form.position();
		this.phone = form.phone();
		this.email = form.email();
	}

	StaffView toView() {
		return new StaffView(id, name, position, phone, email);
	}
}
