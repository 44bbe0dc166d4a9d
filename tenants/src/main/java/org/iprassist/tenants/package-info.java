/**
 * The tenant store: provinces and their units (regional centre, sub-centres, workstations) with
 * their lifecycle, where each unit's schema lives and how far it is provisioned; local accounts
 * and memberships; each unit's own profile and staff roster; the unit portal's home page, the
 * regional console and the platform console.
 * <p>
 * Other modules use {@link org.iprassist.tenants.UnitDirectory} to read units and react to
 * {@link org.iprassist.tenants.UnitProvisioned} and {@link org.iprassist.tenants.UnitEstablished}.
 * Its boundary is verified by {@code ModularityTests} in {@code app}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenants",
		allowedDependencies = { "core :: tenancy", "core :: security", "core :: web", "core :: audit" })
package org.iprassist.tenants;
