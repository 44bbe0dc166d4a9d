package org.iprassist.core.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * Looks up tenants. Implemented by the tenant store; {@code core} depends only on this interface so
 * that the tenancy runtime knows nothing of how units are managed.
 */
public interface TenantDirectory {

	/**
	 * @param code a valid unit code
	 * @return the tenant, or empty if no unit has that code
	 */
	Optional<TenantDescriptor> find(UnitCode code);

	/**
	 * @return the tenant of the province's regional centre, or empty if the province has none
	 */
	Optional<TenantDescriptor> findCentre(String provinceCode);

	/**
	 * @return every tenant whose schema is ready, for work that loops over tenants
	 */
	List<TenantDescriptor> readyTenants();
}
