package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The columns of an active expert that matching reads.
 */
record MatchRow(UUID id, String name, String title, String employer, String rightTypes, String technicalFields,
		String conflictKeys, BigDecimal rating) {
}
