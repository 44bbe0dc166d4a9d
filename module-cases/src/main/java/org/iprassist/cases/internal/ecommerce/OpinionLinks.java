package org.iprassist.cases.internal.ecommerce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.iprassist.core.personaldata.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Download links of determination opinion PDFs that only their recipients can use: a link names
 * the unit, the case and an expiry and carries a keyed HMAC over the three (the personal-data
 * cipher's keyed hash, under a purpose prefix), so it cannot be guessed or altered and stops
 * working after {@link #VALID_FOR}. A link is minted for each webhook attempt and each view of the
 * contact's one-time page, and never stored, so a database reader has none.
 */
@Component
class OpinionLinks {

	static final Duration VALID_FOR = Duration.ofDays(7);

	private static final String PURPOSE = "determination-opinion-pdf|";

	private final PersonalDataCipher keys;

	private final Clock clock;

	private final String publicBaseUrl;

	OpinionLinks(PersonalDataCipher keys, Clock clock,
			@Value("${ipr.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.keys = keys;
		this.clock = clock;
		this.publicBaseUrl = publicBaseUrl;
	}

	String mint(String unitCode, UUID caseId) {
		long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
		return publicBaseUrl + "/p/ecommerce/" + unitCode + "/opinions/" + caseId + ".pdf?expires=" + expires
				+ "&signature=" + signature(unitCode, caseId, expires);
	}

	boolean valid(String unitCode, UUID caseId, long expires, String signature) {
		return Instant.ofEpochSecond(expires).isAfter(clock.instant())
				&& MessageDigest.isEqual(signature(unitCode, caseId, expires).getBytes(StandardCharsets.US_ASCII),
						signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(String unitCode, UUID caseId, long expires) {
		return keys.blindIndex(PURPOSE + unitCode + "|" + caseId + "|" + expires);
	}
}
