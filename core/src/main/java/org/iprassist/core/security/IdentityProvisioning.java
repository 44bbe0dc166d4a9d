package org.iprassist.core.security;

/**
 * What provisioning a unit must do at the identity provider. With Keycloak each unit is an
 * organization of its province's realm; with local accounts there is nothing to do.
 * Implementations are idempotent, because a failed provisioning is retried from the start.
 */
public interface IdentityProvisioning {

	/**
	 * Makes sure the unit exists at the identity provider.
	 *
	 * @param provinceCode the unit's province
	 * @param unitCode the unit code, which becomes the organization's alias
	 * @param unitName the unit's name
	 * @throws RuntimeException if the identity provider could not be reached or refused
	 */
	void ensureUnit(String provinceCode, String unitCode, String unitName);
}
