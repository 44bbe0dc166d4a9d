package org.iprassist.tenants;

import java.util.List;
import java.util.Optional;

import org.iprassist.core.security.IprUser;

/**
 * Reads units for other modules and the web layer. Answers come from an in-memory snapshot of the
 * tenant store, refreshed whenever a unit changes and at least every half minute, so a unit's page
 * costs no platform query.
 */
public interface UnitDirectory {

	Optional<UnitView> find(String code);

	/**
	 * @return the units of a province, regional centre first
	 */
	List<UnitView> ofProvince(String provinceCode);

	/**
	 * @return the province's regional centre, or empty if it has none (yet)
	 */
	Optional<UnitView> regionalCentre(String provinceCode);

	/**
	 * @return the units the user may enter: those they are a member of and, for a regional admin,
	 *         every unit of their province
	 */
	List<UnitView> enterableBy(IprUser user);

	/**
	 * @return the Chinese name of a province, or its code if unknown
	 */
	String provinceName(String provinceCode);
}
