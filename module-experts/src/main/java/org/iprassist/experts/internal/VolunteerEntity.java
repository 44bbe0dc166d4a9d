package org.iprassist.experts.internal;

import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.iprassist.core.personaldata.EncryptedPersonalData;
import org.iprassist.core.personaldata.Masking;
import org.iprassist.core.personaldata.PhoneNumbers;

/**
 * One volunteer of a team, with skills and contacts; the phone number is stored encrypted.
 */
@Entity
@Table(name = "volunteer")
class VolunteerEntity {

	@Id
	private UUID id;

	private UUID teamId;

	private String name;

	private String skills;

	@Convert(converter = EncryptedPersonalData.class)
	private String phone;

	private String email;

	protected VolunteerEntity() {
	}

	VolunteerEntity(UUID teamId, VolunteerForms.Member form) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.name = form.name().strip();
		this.skills = form.skills() == null || form.skills().isBlank() ? null : form.skills().strip();
		this.phone = form.phone() == null || form.phone().isBlank() ? null : PhoneNumbers.normalise(form.phone());
		this.email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
	}

	UUID id() {
		return id;
	}

	UUID teamId() {
		return teamId;
	}

	String name() {
		return name;
	}

	VolunteerForms.MemberView toView(boolean wholePhone) {
		return new VolunteerForms.MemberView(id, name, skills, wholePhone ? phone : Masking.phone(phone), email);
	}
}
