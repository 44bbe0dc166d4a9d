package org.iprassist.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One expert's consultation as the asking unit sees it, with the answer once given.
 *
 * @param answer the expert's answer, or the reason given for declining
 */
public record ConsultationView(UUID id, String unitCode, String matterReference, String question, LocalDate dueDate,
		UUID expertId, String expertName, ConsultationStatus status, String answer, Instant requestedAt,
		Instant respondedAt) {
}
