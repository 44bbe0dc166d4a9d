package org.iprassist.experts;

import java.util.List;

/**
 * What a matter needs from an expert: the right concerned, its technical field (an IPC section or
 * class such as {@code H04} or {@code H04L}, or a Locarno class such as {@code 14-03} for designs;
 * may be empty) and the names of all parties, against whom conflicts of interest are checked.
 *
 * @param limit the most candidates wanted (1–100)
 */
public record MatchRequest(RightType rightType, String technicalField, List<String> partyNames, int limit) {
}
