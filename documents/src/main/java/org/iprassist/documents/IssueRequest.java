package org.iprassist.documents;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What to issue: for which record of which module, of what kind, from which template.
 *
 * @param ownerModule the module owning the record, e.g. {@code cases}
 * @param ownerId the record's id within that module
 * @param kind the owner's name for the kind of document, e.g. {@code OPINION_LETTER}
 * @param template a Thymeleaf template name, e.g. {@code cases/pdf/opinion-letter}; it includes
 * {@code documents/pdf/_sign :: sign} for the seal, the QR code and the verification code
 * @param fileName the file name of the PDF
 * @param fields the template's own variables
 * @param issuedBy the user issuing it
 */
public record IssueRequest(String ownerModule, UUID ownerId, String kind, String template, String fileName,
		Map<String, Object> fields, String issuedBy) {

	public IssueRequest {
		Objects.requireNonNull(ownerModule, "ownerModule");
		Objects.requireNonNull(ownerId, "ownerId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(fileName, "fileName");
		fields = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(fields));
		Objects.requireNonNull(issuedBy, "issuedBy");
	}
}
