package org.iprassist.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The seal row of the current unit's schema.
 */
interface UnitSealRepository extends JpaRepository<UnitSealEntity, Integer> {
}
