package org.iprassist.cases;

/**
 * Where a case stands. Assistance applications go received → accepted (or rejected, or more
 * asked for) → letter issued → closed; complaints go received → registered → transferred →
 * receipt confirmed → closed.
 */
public enum CaseStatus {

	RECEIVED, MORE_INFO_REQUESTED, REJECTED, ACCEPTED, LETTER_ISSUED, REGISTERED, TRANSFERRED, RECEIPT_CONFIRMED,
	CLOSED;

	public boolean open() {
		return this != CLOSED && this != REJECTED;
	}
}
