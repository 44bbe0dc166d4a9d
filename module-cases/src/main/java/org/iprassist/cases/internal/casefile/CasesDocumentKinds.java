package org.iprassist.cases.internal.casefile;

import org.iprassist.documents.DocumentKindName;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of document cases issue, declared to the documents module with their display names
 * and the abbreviation a default document number uses (意, 受, 移, 判).
 */
@Configuration(proxyBeanMethods = false)
class CasesDocumentKinds {

	@Bean
	DocumentKindName opinionLetterKind() {
		return kind(DocumentKind.OPINION_LETTER, "意");
	}

	@Bean
	DocumentKindName acceptanceFormKind() {
		return kind(DocumentKind.ACCEPTANCE_FORM, "受");
	}

	@Bean
	DocumentKindName transferLetterKind() {
		return kind(DocumentKind.TRANSFER_LETTER, "移");
	}

	@Bean
	DocumentKindName determinationOpinionKind() {
		return kind(DocumentKind.DETERMINATION_OPINION, "判");
	}

	private static DocumentKindName kind(DocumentKind kind, String abbreviation) {
		return new DocumentKindName(kind.name(), "document.kind." + kind.name(), abbreviation);
	}
}
