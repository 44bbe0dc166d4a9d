package org.iprassist.tenants.internal;

import java.util.List;

import org.iprassist.tenants.ProvisioningStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The units of every province, in the platform schema.
 */
interface Units extends JpaRepository<UnitEntity, String> {

	/**
	 * Units whose schema needs work at start-up: never provisioned, interrupted, or behind the
	 * current tenant changelog. Failed ones wait for someone to retry them.
	 */
	@Query("""
			select u from UnitEntity u
			where u.provisioning in :unfinished
			   or (u.provisioning = org.iprassist.tenants.ProvisioningStatus.READY
			       and (u.changelogVersion is null or u.changelogVersion <> :version))
			order by u.code""")
	List<UnitEntity> needingSchemaWork(List<ProvisioningStatus> unfinished, String version);
}
