package org.iprassist.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and hands out the documents of the current unit for any module's records. Every method
 * works in the unit of the caller's tenant context; {@link #issue} must run inside a transaction
 * of that unit, so that the document and the owner's own change commit together.
 */
public interface Documents {

	/**
	 * Renders, seals, signs and stores a document in the current unit's name.
	 * @return the document as stored, with its verification code and SHA-256
	 * @throws org.iprassist.core.web.ConflictException if the unit's seal is not made yet
	 */
	IssuedDocument issue(IssueRequest request);

	/**
	 * @return the documents issued for one record, oldest first
	 */
	List<IssuedDocument> of(String ownerModule, UUID ownerId);

	/**
	 * @return the first document of a kind issued for one record, if any
	 */
	Optional<IssuedDocument> first(String ownerModule, UUID ownerId, String kind);

	/**
	 * @return the signed PDF of a document issued for one record, if that record owns it
	 */
	Optional<DocumentFile> pdf(String ownerModule, UUID ownerId, UUID documentId);

	/**
	 * @return the sealed OFD copy of a document issued for one record, if that record owns it and
	 * it has one
	 */
	Optional<DocumentFile> ofd(String ownerModule, UUID ownerId, UUID documentId);

	/**
	 * Renders a template to PDF without seal, signature or storage, for papers the unit does not
	 * issue in its own name (a bureau's receipt recorded by the unit).
	 * @param template a Thymeleaf template name, e.g. {@code cases/pdf/receipt}
	 */
	DocumentFile render(String template, String fileName, Map<String, Object> fields);
}
