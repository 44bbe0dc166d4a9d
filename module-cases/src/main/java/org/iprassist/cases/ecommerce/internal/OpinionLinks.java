package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.iprassist.core.security.LinkSignatures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Download links of determination opinion PDFs that only their recipients can use: a link names
 * the unit, the case and an expiry and carries a signature over the three, made with the link key
 * ({@link LinkSignatures}) for this purpose alone, so it cannot be guessed or altered and stops
 * working after {@link #VALID_FOR}. A link is minted for each webhook attempt and each view of the
 * contact's one-time page, and never stored, so a database reader has none.
 */
@Component
class OpinionLinks {

	static final Duration VALID_FOR = Duration.ofDays(7);

	private static final String PURPOSE = "determination-opinion-pdf";

	private final LinkSignatures signatures;

	private final Clock clock;

	private final String publicBaseUrl;

	OpinionLinks(LinkSignatures signatures, Clock clock,
			@Value("${ipr.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.signatures = signatures;
		this.clock = clock;
		this.publicBaseUrl = publicBaseUrl;
	}

	String mint(String unitCode, UUID caseId) {
		long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
		return publicBaseUrl + "/p/ecommerce/" + unitCode + "/opinions/" + caseId + ".pdf?expires=" + expires
				+ "&signature=" + signatures.sign(PURPOSE, signed(unitCode, caseId, expires));
	}

	boolean valid(String unitCode, UUID caseId, long expires, String signature) {
		return expires > clock.instant().getEpochSecond()
				&& signatures.verify(PURPOSE, signed(unitCode, caseId, expires), signature);
	}

	private static String signed(String unitCode, UUID caseId, long expires) {
		return unitCode + "|" + caseId + "|" + expires;
	}
}
