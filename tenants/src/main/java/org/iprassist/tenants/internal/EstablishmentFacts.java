package org.iprassist.tenants.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The facts that make a unit established (work item 1: 落实人员场地, 重新挂牌): staff in place,
 * premises, and the day the sign was hung.
 */
record EstablishmentFacts(@NotNull @AssertTrue Boolean staffInPlace, @NotBlank @Size(max = 200) String premises,
		@NotNull @PastOrPresent LocalDate signHungOn) {
}
