package org.iprassist.cases.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the determination opinion (咨询判定意见书) of an e-commerce case through
 * {@link SealedDocuments}, so it is rendered, sealed, signed, stored and verifiable on
 * {@code /p/verify/{code}} exactly like an opinion letter. E-commerce cases live in their own
 * table, not in {@code case_file}; the documents module keeps the opinion under the e-commerce
 * case's id, and verification, which looks documents up by code alone, needs nothing else.
 */
@Service
public class DeterminationOpinions {

	private final SealedDocuments sealed;

	DeterminationOpinions(SealedDocuments sealed) {
		this.sealed = sealed;
	}

	/**
	 * Issues the opinion in the current unit's name once per case; a second call returns the
	 * first. Must run inside a transaction of that unit.
	 * @param fields the variables of {@code templates/cases/pdf/determination-opinion.html}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedOpinion issue(UUID caseId, String caseNumber, Map<String, Object> fields, String by) {
		return of(caseId).orElseGet(() -> {
				DocumentView view = sealed.issue(caseId, DocumentKind.DETERMINATION_OPINION, "determination-opinion",
						caseNumber + "-咨询判定意见书.pdf", fields, by);
				return new IssuedOpinion(view.id(), view.sha256(), view.verificationCode(), view.number());
			});
	}

	/**
	 * @return the case's issued opinion, if any, in the current unit
	 */
	@Transactional(readOnly = true)
	public Optional<IssuedOpinion> of(UUID caseId) {
		return sealed.first(caseId, DocumentKind.DETERMINATION_OPINION)
			.map(d -> new IssuedOpinion(d.id(), d.sha256(), d.verificationCode(), d.number()));
	}

	/**
	 * @return the signed PDF of the case's opinion, if issued, in the current unit
	 */
	@Transactional(readOnly = true)
	public Optional<Pdf> pdf(UUID caseId) {
		return sealed.first(caseId, DocumentKind.DETERMINATION_OPINION)
			.flatMap(d -> sealed.pdf(caseId, d.id()))
			.map(d -> new Pdf(d.fileName(), d.content()));
	}

	/**
	 * An issued opinion: its document id, the SHA-256 of its PDF, its verification code and its
	 * document number (文号; {@code null} if issued before numbers were introduced).
	 */
	public record IssuedOpinion(UUID documentId, String sha256, String verificationCode, String number) {
	}

	/** The signed PDF and its file name. */
	public record Pdf(String fileName, byte[] content) {
	}
}
