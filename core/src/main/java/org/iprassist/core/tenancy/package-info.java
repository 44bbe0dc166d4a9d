/**
 * Schema-per-unit tenancy. A unit's tenant is taken from the URL, checked against the principal's
 * memberships, and held for the request on the thread; Hibernate and plain JDBC both reach the
 * unit's schema through {@link org.iprassist.core.tenancy.TenantRoutingDataSource}, which switches
 * a pooled connection to the schema and always switches it back on release. The tenant changelog
 * is applied per schema by {@link org.iprassist.core.tenancy.TenantSchemaMigrator}.
 */
@org.springframework.modulith.NamedInterface("tenancy")
package org.iprassist.core.tenancy;
