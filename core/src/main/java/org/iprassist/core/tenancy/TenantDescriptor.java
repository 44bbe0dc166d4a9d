package org.iprassist.core.tenancy;

import java.io.Serializable;

/**
 * What the tenancy runtime needs to know of a unit to reach its data: where its schema lives and
 * whether the schema is ready. The tenant store ({@code tenants}) is the source of truth and hands
 * these out through {@link TenantDirectory}.
 *
 * @param code the unit code
 * @param provinceCode the province the unit belongs to, e.g. {@code gx}
 * @param schema the unit's schema (a database on MySQL/MariaDB)
 * @param serverKey the database server holding the schema, {@code default} for the primary one
 * @param ready whether the schema has been created and migrated
 */
public record TenantDescriptor(UnitCode code, String provinceCode, String schema, String serverKey, boolean ready)
		implements Serializable {
}
