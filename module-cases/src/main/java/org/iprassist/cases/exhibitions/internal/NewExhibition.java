package org.iprassist.cases.exhibitions.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An exhibition to enter in the register.
 */
record NewExhibition(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String venue,
		@Size(max = 200) String organiser, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
}
