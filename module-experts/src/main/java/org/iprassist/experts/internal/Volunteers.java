package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The volunteers of the current unit's teams.
 */
interface Volunteers extends JpaRepository<VolunteerEntity, UUID> {

	List<VolunteerEntity> findByTeamIdOrderByNameAsc(UUID teamId);

	long countByTeamId(UUID teamId);
}
