package org.iprassist.enterprise.internal;

/**
 * A service delivered on an enterprise visit.
 */
enum VisitService {

	POLICY_BRIEFING, LEGAL_CONSULTATION, TRAINING, ASSISTANCE_INTAKE
}
