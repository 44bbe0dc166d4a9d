package org.iprassist.experts;

import java.util.List;

/**
 * The answer to a {@link MatchRequest}: ranked candidates and every exclusion with its reason.
 */
public record Matching(List<Candidate> candidates, List<Exclusion> exclusions) {
}
