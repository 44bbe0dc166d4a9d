package org.iprassist.cases.internal.assistance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iprassist.cases.internal.casefile.CaseEntity;

/**
 * The handler's acceptance decision with its reason code (see {@code reason.*} messages).
 */
public record DecisionForm(@NotNull CaseEntity.Decision decision,
		@NotNull @Pattern(regexp = "IN_SCOPE|OUT_OF_SCOPE|NO_RIGHT|INSUFFICIENT_EVIDENCE|PENDING_LITIGATION|OTHER") String reasonCode,
		@Size(max = 1000) String note) {
}
