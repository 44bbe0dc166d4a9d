package org.iprassist.core.security;

/**
 * The rule for entering a unit's portal or API: members of the unit may read and write; regional
 * admins of the unit's province may read. Everyone else is refused, platform admins included,
 * because onboarding units gives no right to their business data.
 */
public final class UnitAccess {

	private UnitAccess() {
	}

	public static boolean mayRead(IprUser user, String unitCode, String provinceCode) {
		return user.unitCodes().contains(unitCode) || user.regionalProvinces().contains(provinceCode);
	}

	public static boolean mayWrite(IprUser user, String unitCode) {
		return user.unitCodes().contains(unitCode);
	}

	/**
	 * @param method the HTTP method of the request
	 */
	public static boolean permits(IprUser user, String unitCode, String provinceCode, String method) {
		return isSafe(method) ? mayRead(user, unitCode, provinceCode) : mayWrite(user, unitCode);
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

	/**
	 * @return whether all the user's memberships in the unit are {@link Role#EXPERT} and they have
	 *         no provincial role: such a member reaches only handlers marked {@link ExpertAccess}
	 */
	public static boolean onlyExpertIn(IprUser user, String unitCode) {
		boolean expert = false;
		for (Membership membership : user.memberships()) {
			if (membership.scope() == Membership.Scope.UNIT && membership.code().equals(unitCode)) {
				if (membership.role() != Role.EXPERT) {
					return false;
				}
				expert = true;
			}
		}
		return expert && user.regionalProvinces().isEmpty();
	}
}
