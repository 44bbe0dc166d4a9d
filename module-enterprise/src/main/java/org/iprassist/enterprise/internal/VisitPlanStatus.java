package org.iprassist.enterprise.internal;

/**
 * Where a unit's visit plan is: drafted, submitted to the regional centre, accepted, or returned
 * with comments (and then drafted and submitted again).
 */
enum VisitPlanStatus {

	DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
