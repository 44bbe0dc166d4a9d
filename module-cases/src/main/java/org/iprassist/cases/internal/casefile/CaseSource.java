package org.iprassist.cases.internal.casefile;

/**
 * How a case came in: entered by staff, or submitted by the public through the unit's form.
 */
public enum CaseSource {
	STAFF, PUBLIC
}
