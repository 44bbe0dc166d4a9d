package org.iprassist.tenants.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.tenants.UnitType;

/**
 * What the platform admin enters to onboard a unit.
 */
record NewUnit(@NotBlank @Pattern(regexp = UnitCode.PATTERN) String code,
		@NotBlank @Pattern(regexp = "[a-z]{2,10}") String provinceCode, @NotBlank @Size(max = 100) String name,
		@NotNull UnitType type, Boolean generalWorkstation, @Size(max = 41) String parentCode,
		@NotBlank @Size(max = 50) String city, @Size(max = 100) String hostOrganisation,
		@Size(max = 100) String supervisingAuthority, @Size(max = 40) String serverKey) {

	NewUnit {
		generalWorkstation = Boolean.TRUE.equals(generalWorkstation);
		serverKey = serverKey == null || serverKey.isBlank() ? "default" : serverKey;
	}
}
