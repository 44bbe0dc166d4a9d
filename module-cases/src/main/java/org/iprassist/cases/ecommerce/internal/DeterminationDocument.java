package org.iprassist.cases.ecommerce.internal;

import java.time.Instant;
import java.util.List;

import org.iprassist.cases.ecommerce.EcommerceCaseDetermined.ClaimFinding;

/**
 * The determination as data: the body of the signed webhook and the content of the contact's
 * one-time page. {@code opinion} points at the sealed, signed determination opinion PDF
 * (咨询判定意见书) that carries the same determination, so a platform can keep the document
 * that counts and check it against its hash and on the public verification page.
 */
record DeterminationDocument(String type, String caseNumber, String platformReference, String receivingUnit,
		String handlingUnit, String platform, String shop, String product, String patentNumber, String patentType,
		String rightHolder, String complainedParty, String conclusion, String reasons, List<ClaimFinding> findings,
		Instant receivedAt, Instant determinedAt, long minutesTaken, boolean withinClock, String contactLink,
		Opinion opinion) {

	/**
	 * The sealed PDF: an expiring signed download link, its SHA-256, its verification code
	 * (checked at {@code verifyUrl}) and its document number (文号; {@code null} if issued before
	 * numbers were introduced).
	 */
	record Opinion(String url, String sha256, String verificationCode, String verifyUrl, String number) {
	}
}
