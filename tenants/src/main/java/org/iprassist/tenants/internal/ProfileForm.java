package org.iprassist.tenants.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable part of a unit's profile.
 */
record ProfileForm(@Size(max = 200) String address, @Pattern(regexp = "|\\d{6}") String postalCode,
		@Pattern(regexp = "|[0-9+\\- ]{5,20}") String phone, @Email @Size(max = 100) String email,
		@Size(max = 100) String officeHours, @Size(max = 2000) String introduction) {

	static ProfileForm of(ProfileView view) {
		return new ProfileForm(view.address(), view.postalCode(), view.phone(), view.email(), view.officeHours(),
				view.introduction());
	}
}
