package org.iprassist.tenants.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The first administrator of a newly onboarded unit, created by the platform admin so that the
 * unit can take over its own portal. The password must follow the password policy; the person
 * changes it after the first login.
 */
record NewUnitAdmin(@NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{2,40}") String username,
		@NotBlank @Size(max = 100) String displayName, @NotBlank @Size(max = 100) String password) {
}
