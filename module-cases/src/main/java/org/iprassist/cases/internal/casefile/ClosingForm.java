package org.iprassist.cases.internal.casefile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How a case ended (see {@code outcome.*} messages), with an optional follow-up (回访) note.
 */
public record ClosingForm(
		@NotNull @Pattern(regexp = "RESOLVED|SETTLED|LITIGATION|TRANSFERRED|WITHDRAWN|OTHER") String outcomeCode,
		@Size(max = 1000) String followUpNote) {
}
