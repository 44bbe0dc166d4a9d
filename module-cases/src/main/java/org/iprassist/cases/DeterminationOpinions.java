package org.iprassist.cases;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues the determination opinion (咨询判定意见书) of an e-commerce case ({@code cases.ecommerce})
 * through the documents module, so it is rendered, sealed, signed, stored and verifiable on
 * {@code /p/verify/{code}} exactly like an opinion letter.
 */
public interface DeterminationOpinions {

	/**
	 * Issues the opinion in the current unit's name once per case; a second call returns the
	 * first. Must run inside a transaction of that unit.
	 * @param fields the variables of {@code templates/cases/pdf/determination-opinion.html}
	 */
	IssuedOpinion issue(UUID caseId, String caseNumber, Map<String, Object> fields, String by);

	/**
	 * @return the case's issued opinion, if any, in the current unit
	 */
	Optional<IssuedOpinion> of(UUID caseId);

	/**
	 * @return the signed PDF of the case's opinion, if issued, in the current unit
	 */
	Optional<OpinionFile> pdf(UUID caseId);

	/**
	 * @return the OFD copy of the case's opinion, sealed with the unit's GB/T 38540 electronic
	 * seal, if issued with one, in the current unit
	 */
	Optional<OpinionFile> ofd(UUID caseId);

	/**
	 * An issued opinion: its document id, the SHA-256 of its PDF, its verification code and its
	 * document number (文号; {@code null} if issued before numbers were introduced), and whether it
	 * has an OFD copy.
	 */
	record IssuedOpinion(UUID documentId, String sha256, String verificationCode, String number, boolean hasOfd) {
	}

	/** The signed PDF or sealed OFD, with its file name and media type. */
	record OpinionFile(String fileName, String mediaType, byte[] content) {
	}
}
