package org.iprassist.core.security;

import java.util.Map;
import java.util.Optional;

/**
 * Which identity-provider realms the platform trusts, and for which province: one realm (issuer)
 * per province. Implemented by the tenant store, which owns provinces and units; the Keycloak login
 * trusts no issuer this does not know.
 */
public interface IdentityRealms {

	/**
	 * @param issuer a token's {@code iss}
	 * @return the province whose realm it is, or empty if the issuer is not trusted
	 */
	Optional<String> provinceOf(String issuer);

	/**
	 * @return the issuer of every province that has one, by province code
	 */
	Map<String, String> issuersByProvince();

	/**
	 * @return whether a unit with that code exists and belongs to that province
	 */
	boolean isUnitOf(String unitCode, String provinceCode);
}
