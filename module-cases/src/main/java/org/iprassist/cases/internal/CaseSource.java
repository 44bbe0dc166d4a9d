package org.iprassist.cases.internal;

/**
 * How a case came in: entered by staff, or submitted by the public through the unit's form.
 */
enum CaseSource {
	STAFF, PUBLIC
}
