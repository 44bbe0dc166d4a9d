package org.iprassist.core.tenancy;

/**
 * The tenant identifier Hibernate uses for the platform schema. It cannot collide with a unit
 * code, which never starts with an underscore.
 */
final class PlatformTenant {

	static final String IDENTIFIER = "_platform";

	private PlatformTenant() {
	}
}
