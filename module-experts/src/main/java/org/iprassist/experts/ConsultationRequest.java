package org.iprassist.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit's request for opinions on one matter, addressed to one or more experts of its province's
 * pool. The matter reference is the asking module's own (a case number, a seminar id); this module
 * only carries it back in its events.
 */
public record ConsultationRequest(String matterReference, String question, LocalDate dueDate, List<UUID> expertIds) {
}
