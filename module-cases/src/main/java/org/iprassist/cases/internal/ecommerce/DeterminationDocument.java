package org.iprassist.cases.internal.ecommerce;

import java.time.Instant;
import java.util.List;

import org.iprassist.cases.EcommerceCaseDetermined.ClaimFinding;

/**
 * The determination opinion (咨询判定意见书) as data: the body of the signed webhook and the content
 * of the contact's one-time page. {@code sealedPdf} is reserved for the sealed, signed PDF rendering
 * (a download link), which follows once documents can be sealed; it is {@code null} until then.
 */
record DeterminationDocument(String type, String caseNumber, String platformReference, String receivingUnit,
		String handlingUnit, String platform, String shop, String product, String patentNumber, String patentType,
		String rightHolder, String complainedParty, String conclusion, String reasons, List<ClaimFinding> findings,
		Instant receivedAt, Instant determinedAt, long minutesTaken, boolean withinClock, String contactLink,
		String sealedPdf) {
}
