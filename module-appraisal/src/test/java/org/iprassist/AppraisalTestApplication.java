package org.iprassist;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Bootstraps the appraisal module with core (and, as its direct dependency, tenants) for its
 * {@code @ApplicationModuleTest}s.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
class AppraisalTestApplication {
}
