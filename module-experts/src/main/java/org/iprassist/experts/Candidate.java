package org.iprassist.experts;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An active expert free of conflicts, in rank order: field match first, then current load (open
 * consultations, fewer first), then average rating (higher first).
 */
public record Candidate(UUID expertId, String name, String title, String employer, boolean fieldMatch,
		int currentLoad, BigDecimal rating) {
}
