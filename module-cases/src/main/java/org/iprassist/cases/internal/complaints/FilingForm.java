package org.iprassist.cases.internal.complaints;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The bureau's case-filing feedback: whether it opened a case, and its case number if so.
 */
public record FilingForm(@NotNull Boolean filed, @Size(max = 60) String bureauCaseNumber) {
}
