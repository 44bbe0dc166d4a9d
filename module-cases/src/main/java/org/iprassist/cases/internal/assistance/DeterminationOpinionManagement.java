package org.iprassist.cases.internal.assistance;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.cases.DeterminationOpinions;
import org.iprassist.cases.internal.casefile.DocumentKind;
import org.iprassist.cases.internal.casefile.DocumentView;
import org.iprassist.cases.internal.casefile.SealedDocumentManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the determination opinion (咨询判定意见书) of an e-commerce case ({@link DeterminationOpinions})
 * through {@link SealedDocumentManagement}, so it is rendered, sealed, signed, stored and verifiable on
 * {@code /p/verify/{code}} exactly like an opinion letter. E-commerce cases live in their own
 * table, not in {@code case_file}; the documents module keeps the opinion under the e-commerce
 * case's id, and verification, which looks documents up by code alone, needs nothing else.
 */
@Service
class DeterminationOpinionManagement implements DeterminationOpinions {

	private final SealedDocumentManagement sealed;

	DeterminationOpinionManagement(SealedDocumentManagement sealed) {
		this.sealed = sealed;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedOpinion issue(UUID caseId, String caseNumber, Map<String, Object> fields, String by) {
		return of(caseId).orElseGet(() -> {
				DocumentView view = sealed.issue(caseId, DocumentKind.DETERMINATION_OPINION, "determination-opinion",
						caseNumber + "-咨询判定意见书.pdf", fields, by);
				return new IssuedOpinion(view.id(), view.sha256(), view.verificationCode(), view.number(), view.hasOfd());
			});
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedOpinion> of(UUID caseId) {
		return sealed.first(caseId, DocumentKind.DETERMINATION_OPINION)
			.map(d -> new IssuedOpinion(d.id(), d.sha256(), d.verificationCode(), d.number(), d.hasOfd()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OpinionFile> pdf(UUID caseId) {
		return sealed.first(caseId, DocumentKind.DETERMINATION_OPINION)
			.flatMap(d -> sealed.pdf(caseId, d.id()))
			.map(d -> new OpinionFile(d.fileName(), d.mediaType(), d.content()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OpinionFile> ofd(UUID caseId) {
		return sealed.first(caseId, DocumentKind.DETERMINATION_OPINION)
			.flatMap(d -> sealed.ofd(caseId, d.id()))
			.map(d -> new OpinionFile(d.fileName(), d.mediaType(), d.content()));
	}
}
