package org.iprassist.enterprise.internal;

/**
 * Where a service case study is: written, submitted to the regional centre, accepted, or returned
 * with comments (then changed and submitted again).
 */
enum CaseStudyStatus {

	DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
