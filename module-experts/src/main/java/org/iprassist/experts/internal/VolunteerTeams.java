package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The volunteer teams of the current unit's schema.
 */
interface VolunteerTeams extends JpaRepository<VolunteerTeamEntity, UUID> {

	List<VolunteerTeamEntity> findAllByOrderByNameAsc();
}
