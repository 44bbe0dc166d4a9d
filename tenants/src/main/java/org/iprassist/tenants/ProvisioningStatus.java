package org.iprassist.tenants;

/**
 * How far a unit's schema has been set up. Only a {@code READY} unit's portal opens; a
 * {@code FAILED} one shows its error and can be retried.
 */
public enum ProvisioningStatus {

	PENDING(0), CREATING_SCHEMA(25), MIGRATING(60),

	/** Registering the unit at the identity provider (its Keycloak organization); instant with local accounts. */
	CREATING_IDENTITY(85),

	READY(100), FAILED(0);

	private final int percent;

	ProvisioningStatus(int percent) {
		this.percent = percent;
	}

	public int percent() {
		return percent;
	}

	public boolean inProgress() {
		return this == CREATING_SCHEMA || this == MIGRATING || this == CREATING_IDENTITY;
	}
}
