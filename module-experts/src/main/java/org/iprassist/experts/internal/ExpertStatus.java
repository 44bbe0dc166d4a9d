package org.iprassist.experts.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an expert stands in the pool. Recommended experts await the regional centre's decision;
 * admitted ones are in the pool but not yet taking work; only active experts are matched and
 * consulted.
 */
enum ExpertStatus {

	RECOMMENDED, ADMITTED, REJECTED, ACTIVE, SUSPENDED, RETIRED;

	/** The statuses of experts who belong to the pool, as its search shows them by default. */
	static final Set<ExpertStatus> IN_POOL = EnumSet.of(ADMITTED, ACTIVE, SUSPENDED, RETIRED);

	boolean canBecome(ExpertStatus next) {
		return switch (this) {
			case RECOMMENDED -> next == ADMITTED || next == REJECTED;
			case ADMITTED -> next == ACTIVE || next == RETIRED;
			case ACTIVE -> next == SUSPENDED || next == RETIRED;
			case SUSPENDED -> next == ACTIVE || next == RETIRED;
			case REJECTED, RETIRED -> false;
		};
	}
}
