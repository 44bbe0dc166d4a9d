package org.iprassist.core.security;

/**
 * What a membership lets its holder do. The last three split administration the way MLPS 2.0 asks
 * (system, security and audit administrators are different people).
 */
public enum Role {

	/** Works the cases and records of one unit. */
	STAFF,

	/** Runs one unit: its profile, roster and members. */
	UNIT_ADMIN,

	/** An external expert; sees only what is assigned to them. */
	EXPERT,

	/** Oversees every unit of one province: reads their data, dispatches, appraises. */
	REGIONAL_ADMIN,

	/** Onboards provinces and units; sees no business data. */
	PLATFORM_ADMIN,

	/** Manages accounts, lockouts and security settings. */
	SECURITY_ADMIN,

	/** Reads the audit trail. */
	AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
