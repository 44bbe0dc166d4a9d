package org.iprassist.core.security;

import java.io.Serializable;

/**
 * One role held by an account in one scope: a unit (by unit code), a province (by province code)
 * or the whole platform.
 *
 * @param scope what {@code code} names
 * @param code the unit or province code; {@code *} for the platform
 * @param role the role held there
 */
public record Membership(Scope scope, String code, Role role) implements Serializable {

	public static final String PLATFORM_CODE = "*";

	public static Membership unit(String unitCode, Role role) {
		return new Membership(Scope.UNIT, unitCode, role);
	}

	public static Membership province(String provinceCode, Role role) {
		return new Membership(Scope.PROVINCE, provinceCode, role);
	}

	public static Membership platform(Role role) {
		return new Membership(Scope.PLATFORM, PLATFORM_CODE, role);
	}

	/**
	 * Where a membership applies.
	 */
	public enum Scope {
		UNIT, PROVINCE, PLATFORM
	}
}
