package org.iprassist.experts;

import java.util.List;
import java.util.UUID;

/**
 * What other modules ask of the expert pool. The pool and its consultations live in the regional
 * centre's schema; these calls read and write there through {@code core}'s tenancy runtime, on
 * behalf of the unit whose request is current, so callers must not hold an open transaction.
 */
public interface ExpertsApi {

	/**
	 * Ranks the active experts of the current unit's province for a matter and lists, with reasons,
	 * those excluded for a conflict of interest with a party.
	 */
	Matching match(MatchRequest request);

	/**
	 * Asks the given experts for their opinion on behalf of the current unit; publishes one
	 * {@link ConsultationRequested} per expert.
	 * @return the ids of the consultations created, one per expert
	 */
	List<UUID> requestConsultation(ConsultationRequest request);

	/**
	 * @return the current unit's consultations on one matter, newest first
	 */
	List<ConsultationView> consultationsOn(String matterReference);
}
