package org.iprassist.cases.internal.casefile;

import java.util.UUID;

/**
 * Another case of the unit in which a party of this case stands on the opposite side.
 */
public record CaseConflict(UUID caseId, String caseNumber, String party) {
}
