package org.iprassist.experts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The activities of the current unit's volunteer teams.
 */
interface VolunteerActivities extends JpaRepository<VolunteerActivityEntity, UUID> {

	List<VolunteerActivityEntity> findByTeamIdOrderByHeldOnDesc(UUID teamId);

	List<VolunteerActivityEntity> findByTeamIdAndHeldOnBetween(UUID teamId, LocalDate from, LocalDate to);
}
