package org.iprassist.cases.internal.casefile;

/**
 * An opinion letter's review state: drafted by the handler, approved by the unit admin, issued.
 * Changing the text of an approved letter sends it back to draft.
 */
enum LetterStatus {
	DRAFT, APPROVED, ISSUED
}
