package org.iprassist.documents.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iprassist.documents.DocumentKindName;
import org.springframework.stereotype.Component;

/**
 * The kinds of document the modules declared ({@link DocumentKindName} beans), in declaration
 * order. A kind issued without a declaration is still numbered; pages then show its code.
 */
@Component
class DocumentKinds {

	private final Map<String, DocumentKindName> kinds = new LinkedHashMap<>();

	DocumentKinds(List<DocumentKindName> declared) {
		declared.forEach(kind -> {
			if (kinds.putIfAbsent(kind.kind(), kind) != null) {
				throw new IllegalStateException("Document kind " + kind.kind() + " is declared twice");
			}
		});
	}

	List<DocumentKindName> all() {
		return List.copyOf(kinds.values());
	}

	Optional<DocumentKindName> find(String kind) {
		return Optional.ofNullable(kinds.get(kind));
	}

	String abbreviationOf(String kind) {
		return find(kind).map(DocumentKindName::abbreviation).orElse("");
	}
}
