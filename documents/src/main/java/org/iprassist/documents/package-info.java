/**
 * Documents: every document a unit issues in its own name, for whichever module owns the record
 * (an opinion letter of a case, later a risk-warning notice or a completion certificate). A module
 * asks {@link org.iprassist.documents.Documents} to issue a document from its template and fields;
 * this module renders it to PDF in the CJK font, stamps the unit's seal and a QR code, signs it
 * with the unit's key, stores it with its SHA-256 and verification code in the unit's schema
 * ({@code issued_document}) and lets anyone check it on the public page {@code /p/verify/{code}}.
 * It owns the unit seals and keys (made when a unit is provisioned) and the PDF and crypto
 * libraries, so that core stays light. Boundaries are checked by {@code ModularityTests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "core :: tenancy", "core :: security", "core :: web", "core :: files",
				"core :: personaldata", "tenants" })
package org.iprassist.documents;
