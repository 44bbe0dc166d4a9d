package org.iprassist.cases.internal.casefile;

/**
 * What a stored document is. The issued kinds are rendered, sealed and signed by the unit and
 * carry a verification code; the others are uploads.
 */
public enum DocumentKind {

	EVIDENCE(false), ATTACHMENT(false), OPINION_LETTER(true), ACCEPTANCE_FORM(true), TRANSFER_LETTER(true),
	RECEIPT(false), DETERMINATION_OPINION(true);

	private final boolean issued;

	DocumentKind(boolean issued) {
		this.issued = issued;
	}

	public boolean issued() {
		return this.issued;
	}
}
