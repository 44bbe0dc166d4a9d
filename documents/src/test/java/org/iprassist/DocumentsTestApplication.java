package org.iprassist;

import org.iprassist.documents.DocumentKindName;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Bootstraps the documents module with core (and, per test, its dependencies) for its
 * {@code @ApplicationModuleTest}s.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
class DocumentsTestApplication {

	/**
	 * The kind the documents tests issue, declared as an owner module declares its kinds.
	 */
	@Bean
	DocumentKindName testLetterKind() {
		return new DocumentKindName("LETTER", "documents-test.kind.LETTER", "测");
	}
}
