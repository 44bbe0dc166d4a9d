package org.iprassist.tenants.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The staff roster of the current tenant's schema.
 */
interface StaffRoster extends JpaRepository<StaffMemberEntity, UUID> {

	Page<StaffMemberEntity> findAllByOrderByNameAscIdAsc(Pageable pageable);
}
