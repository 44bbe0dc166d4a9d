package org.iprassist.cases.enforcement.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A market-regulation bureau's request for help with an on-site inspection in one of its cases.
 */
record InspectionRequest(@NotBlank @Size(max = 100) String bureau, @NotBlank @Size(max = 60) String bureauCaseNumber,
		@NotBlank @Size(max = 200) String site, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn) {
}
