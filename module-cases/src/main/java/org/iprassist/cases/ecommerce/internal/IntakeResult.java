package org.iprassist.cases.ecommerce.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What intake answers for one case: accepted now, accepted earlier (a repeat of the same platform
 * reference: the first result again), or rejected with a problem-detail-like reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IntakeResult(Integer index, String reference, Outcome outcome, UUID caseId, String caseNumber,
		Instant receivedAt, Problem problem) {

	enum Outcome {
		ACCEPTED, DUPLICATE, REJECTED
	}

	static IntakeResult rejected(Integer index, String reference, String title, String detail, List<String> errors) {
		return new IntakeResult(index, reference, Outcome.REJECTED, null, null, null,
				new Problem("about:blank", title, 400, detail, errors.isEmpty() ? null : errors));
	}

	IntakeResult at(int position) {
		return new IntakeResult(position, reference, outcome, caseId, caseNumber, receivedAt, problem);
	}

	/** The reason a case was rejected, shaped like an RFC 9457 problem detail. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Problem(String type, String title, int status, String detail, List<String> errors) {
	}
}
