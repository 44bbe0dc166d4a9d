package org.iprassist.cases.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A bureau as the unit enters it: name, city and free-text contacts (person, phone, address).
 */
record BureauForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String city,
		@Size(max = 300) String contacts) {
}
