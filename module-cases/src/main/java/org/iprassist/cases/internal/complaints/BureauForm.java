package org.iprassist.cases.internal.complaints;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.iprassist.core.personaldata.ValidPhoneNumber;

/**
 * A bureau as the unit enters it: name and city, and whom to call there (person, phone, email).
 * The phone is a person's number, so it is kept encrypted and shown masked in lists.
 */
public record BureauForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String city,
		@Size(max = 50) String contactPerson, @ValidPhoneNumber @Size(max = 30) String contactPhone,
		@Email @Size(max = 100) String contactEmail) {

	public static BureauForm empty() {
		return new BureauForm(null, null, null, null, null);
	}
}
