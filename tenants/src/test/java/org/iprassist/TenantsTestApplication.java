package org.iprassist;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Bootstraps the tenants module with core for its {@code @ApplicationModuleTest}s.
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
class TenantsTestApplication {
}
