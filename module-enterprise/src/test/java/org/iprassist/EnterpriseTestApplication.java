package org.iprassist;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Bootstraps the enterprise module with core (and, through the module tests' bootstrap mode, the
 * tenants module it reads units from) for its {@code @ApplicationModuleTest}s.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
class EnterpriseTestApplication {
}
