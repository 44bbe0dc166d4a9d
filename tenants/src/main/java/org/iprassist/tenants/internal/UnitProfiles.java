package org.iprassist.tenants.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The unit profile of the current tenant's schema.
 */
interface UnitProfiles extends JpaRepository<UnitProfileEntity, Integer> {
}
