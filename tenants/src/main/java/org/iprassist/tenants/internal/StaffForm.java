package org.iprassist.tenants.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person to put on the roster.
 */
record StaffForm(@NotBlank @Size(max = 50) String name, @Size(max = 50) String position,
		@Pattern(regexp = "|1\\d{10}|[0-9+\\- ]{5,20}") String phone, @Email @Size(max = 100) String email) {
}
