package org.iprassist.cases.internal.exhibitions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A complaint received at a fair: who complains, about whom, and the facts.
 */
record FairComplaint(@NotBlank @Size(max = 200) String complainant, @NotBlank @Size(max = 200) String respondent,
		@NotBlank @Size(max = 4000) String facts) {
}
