package org.iprassist.cases.internal.complaints;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The current unit's bureau directory.
 */
interface Bureaus extends JpaRepository<BureauEntity, UUID> {

	List<BureauEntity> findAllByOrderByActiveDescCityAscNameAsc();

	List<BureauEntity> findByActiveTrueOrderByCityAscNameAsc();
}
