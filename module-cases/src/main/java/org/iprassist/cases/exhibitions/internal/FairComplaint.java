package org.iprassist.cases.exhibitions.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A complaint received at a fair: who complains, about whom, the facts, and the city whose
 * market-regulation bureau has jurisdiction (where the complaint case will be transferred).
 */
record FairComplaint(@NotBlank @Size(max = 100) String complainant, @NotBlank @Size(max = 100) String respondent,
		@NotBlank @Size(max = 4000) String facts, @NotBlank @Size(max = 50) String jurisdictionCity) {
}
