package org.iprassist.cases.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The handler's acceptance decision with its reason code (see {@code reason.*} messages).
 */
record DecisionForm(@NotNull CaseEntity.Decision decision,
		@NotNull @Pattern(regexp = "IN_SCOPE|OUT_OF_SCOPE|NO_RIGHT|INSUFFICIENT_EVIDENCE|PENDING_LITIGATION|OTHER") String reasonCode,
		@Size(max = 1000) String note) {
}
