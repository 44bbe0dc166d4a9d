/**
 * The shared kernel every module builds on: the tenancy runtime (a unit's data in its own schema,
 * reached through one pool per database server), the security model (roles and memberships), the
 * web layout and error rendering, and the audit trail. It is a shared module: every
 * {@code @ApplicationModuleTest} bootstraps it, and it depends on no other module.
 * <p>
 * Only {@link org.iprassist.core.tenancy} may set the tenant of a thread or touch a JDBC
 * connection; {@code ArchitectureTests} in {@code app} enforces that.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core")
package org.iprassist.core;
