package org.iprassist.documents;

import java.util.Objects;

/**
 * A kind of document a module issues, declared by that module as a bean so that pages show its
 * name, not its code: the document-number settings list "咨询意见书", not {@code OPINION_LETTER}.
 * Kinds are one namespace across modules, as document numbers count per kind.
 *
 * @param kind the kind as the owner passes it in {@link IssueRequest#kind()}, e.g.
 * {@code OPINION_LETTER}
 * @param nameKey the message key of its display name, e.g. {@code document.kind.OPINION_LETTER}
 * @param abbreviation the character(s) a default document number uses for it, e.g. {@code 意}; may
 * be empty
 */
public record DocumentKindName(String kind, String nameKey, String abbreviation) {

	public DocumentKindName {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(nameKey, "nameKey");
		abbreviation = abbreviation == null ? "" : abbreviation;
	}
}
