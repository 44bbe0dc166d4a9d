/**
 * Schema-per-unit tenancy. A unit's tenant is taken from the URL, checked against the principal's
 * memberships, and held for the request on the thread; Hibernate and plain JDBC both reach the
 * unit's schema through {@link org.iprassist.core.tenancy.TenantRoutingDataSource}, which switches
 * a pooled connection to the schema and always switches it back on release. The tenant changelog
 * is applied per schema by {@link org.iprassist.core.tenancy.TenantSchemaMigrator}. Work outside a
 * request's own tenant (another unit, the platform, the province's regional centre, every ready
 * unit) goes through {@link org.iprassist.core.tenancy.TenantWork}, and listeners that must reach
 * another unit are {@link org.iprassist.core.tenancy.TenantListener}s.
 */
@org.springframework.modulith.NamedInterface("tenancy")
package org.iprassist.core.tenancy;
