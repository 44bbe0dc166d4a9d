package org.iprassist.cases.internal.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.documents.DocumentFile;
import org.iprassist.documents.Documents;
import org.iprassist.documents.IssueRequest;
import org.iprassist.documents.IssuedDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents cases issue in the unit's name (opinion letters, acceptance forms, transfer
 * letters, determination opinions), issued and kept by the documents module under owner
 * {@value #OWNER} and the case's id, from the templates in {@code templates/cases/pdf/}. Uploads
 * stay in {@code case_document}.
 */
@Service
public class SealedDocumentManagement {

	static final String OWNER = "cases";

	private static final String TEMPLATES = "cases/pdf/";

	private final Documents documents;

	SealedDocumentManagement(Documents documents) {
		this.documents = documents;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public DocumentView issue(UUID caseId, DocumentKind kind, String template, String fileName, Map<String, Object> fields,
			String by) {
		return view(documents
			.issue(new IssueRequest(OWNER, caseId, kind.name(), TEMPLATES + template, fileName, fields, by)));
	}

	List<DocumentView> of(UUID caseId) {
		return documents.of(OWNER, caseId).stream().map(SealedDocumentManagement::view).toList();
	}

	public Optional<IssuedDocument> first(UUID caseId, DocumentKind kind) {
		return documents.first(OWNER, caseId, kind.name());
	}

	public Optional<DocumentFile> pdf(UUID caseId, UUID documentId) {
		return documents.pdf(OWNER, caseId, documentId);
	}

	public Optional<DocumentFile> ofd(UUID caseId, UUID documentId) {
		return documents.ofd(OWNER, caseId, documentId);
	}

	/**
	 * @return an unsealed PDF of a template, for papers the unit records but does not issue
	 */
	public DocumentFile render(String template, String fileName, Map<String, Object> fields) {
		return documents.render(TEMPLATES + template, fileName, fields);
	}

	private static DocumentView view(IssuedDocument document) {
		return new DocumentView(document.id(), document.ownerId(), DocumentKind.valueOf(document.kind()),
				document.fileName(), document.mediaType(), document.sizeBytes(), document.sha256(),
				document.verificationCode(), document.issuedAt(), document.issuedBy(), document.number(),
				document.hasOfd());
	}
}
