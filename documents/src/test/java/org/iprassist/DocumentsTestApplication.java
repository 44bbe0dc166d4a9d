package org.iprassist;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Bootstraps the documents module with core (and, per test, its dependencies) for its
 * {@code @ApplicationModuleTest}s.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
class DocumentsTestApplication {
}
