package org.iprassist.core.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified access token from a province's realm into an {@link IprUser}: the issuer names
 * the province, each organization alias in the {@code organization} claim names a unit, and the
 * realm roles ({@code realm_access.roles}) name the product's roles.
 * <ul>
 * <li>{@code STAFF}, {@code UNIT_ADMIN} and {@code EXPERT} apply in every unit the user is a member
 * of, and only in units of the issuer's province: an organization alias that is not a unit of that
 * province is ignored, so a realm can never open another province's unit.</li>
 * <li>{@code REGIONAL_ADMIN} applies to the issuer's province.</li>
 * <li>{@code PLATFORM_ADMIN}, {@code SECURITY_ADMIN} and {@code AUDITOR} count only from the
 * configured platform issuer.</li>
 * </ul>
 * The user's id is derived from issuer and subject, so equal subjects in two realms stay two people.
 */
final class TokenUsers {

	static final String ORGANIZATION_CLAIM = "organization";

	private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.STAFF, Role.UNIT_ADMIN, Role.EXPERT);

	private static final Set<Role> PLATFORM_ROLES = EnumSet.of(Role.PLATFORM_ADMIN, Role.SECURITY_ADMIN,
			Role.AUDITOR);

	private final IdentityRealms realms;

	private final String platformIssuer;

	TokenUsers(IdentityRealms realms, KeycloakProperties properties) {
		this.realms = realms;
		this.platformIssuer = properties.platformIssuer();
	}

	/**
	 * @param token an access token whose signature, issuer, audience and lifetime have been checked
	 * @throws IllegalArgumentException if the token's issuer is not a trusted realm
	 */
	IprUser userOf(Jwt token) {
		String issuer = token.getClaimAsString("iss");
		String province = realms.provinceOf(issuer)
			.orElseThrow(() -> new IllegalArgumentException("Untrusted issuer " + issuer));
		Set<Role> roles = realmRoles(token);
		List<Membership> memberships = new ArrayList<>();
		for (String unit : organizations(token.getClaims().get(ORGANIZATION_CLAIM))) {
			if (realms.isUnitOf(unit, province)) {
				roles.stream().filter(UNIT_ROLES::contains).forEach(role -> memberships.add(Membership.unit(unit, role)));
			}
		}
		if (roles.contains(Role.REGIONAL_ADMIN)) {
			memberships.add(Membership.province(province, Role.REGIONAL_ADMIN));
		}
		if (issuer.equals(platformIssuer)) {
			roles.stream().filter(PLATFORM_ROLES::contains).forEach(role -> memberships.add(Membership.platform(role)));
		}
		String username = token.getClaimAsString("preferred_username");
		String name = token.getClaimAsString("name");
		UUID id = UUID.nameUUIDFromBytes((issuer + "#" + token.getSubject()).getBytes(StandardCharsets.UTF_8));
		String login = username == null ? token.getSubject() : username;
		return new IprUser(id, login, name == null || name.isBlank() ? login : name, null, true, memberships);
	}

	private static Set<Role> realmRoles(Jwt token) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
		if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
			for (Role role : Role.values()) {
				if (names.contains(role.name())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	/**
	 * Keycloak writes the claim as a list of aliases, or as a map keyed by alias when the mapper adds
	 * organization attributes or ids.
	 */
	private static List<String> organizations(Object claim) {
		if (claim instanceof Collection<?> aliases) {
			return aliases.stream().map(String::valueOf).toList();
		}
		if (claim instanceof Map<?, ?> byAlias) {
			return byAlias.keySet().stream().map(String::valueOf).toList();
		}
		return List.of();
	}
}
