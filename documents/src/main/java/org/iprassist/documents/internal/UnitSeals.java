package org.iprassist.documents.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The seal row of the current unit's schema.
 */
interface UnitSeals extends JpaRepository<UnitSealEntity, Integer> {
}
