package org.iprassist.enterprise.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The needs enterprises raised on the current unit's visits.
 */
interface Needs extends JpaRepository<NeedEntity, UUID> {

	List<NeedEntity> findByVisitIdIn(Collection<UUID> visitIds);

	List<NeedEntity> findByStatusNotOrderByDueOnAsc(NeedStatus status);
}
