package org.iprassist.cases.enforcement.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the inspection record says: the day, who took part and what was found.
 */
record InspectionRecord(@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
		@NotBlank @Size(max = 500) String participants, @NotBlank @Size(max = 4000) String findings) {
}
