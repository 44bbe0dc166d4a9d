package org.iprassist.tenants.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The provinces onboarded on the platform.
 */
interface Provinces extends JpaRepository<ProvinceEntity, String> {
}
