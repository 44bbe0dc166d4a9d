package org.iprassist.core.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated person, with every membership they hold. Kept in the HTTP session (which lives
 * in the database), so it is serializable and drops its password hash once authentication is done.
 * The same type whether the user logged in with a local account or through Keycloak (a
 * {@link KeycloakUser} adds the OIDC tokens), so tenancy checks and pages need not care which.
 */
public class IprUser implements UserDetails, CredentialsContainer {

	private final UUID id;

	private final String username;

	private final String displayName;

	private final boolean enabled;

	private final List<Membership> memberships;

	private String passwordHash;

	public IprUser(UUID id, String username, String displayName, String passwordHash, boolean enabled,
			List<Membership> memberships) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.memberships = List.copyOf(memberships);
	}

	public UUID id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public List<Membership> memberships() {
		return memberships;
	}

	/**
	 * @return the codes of the units this user is a member of
	 */
	public Set<String> unitCodes() {
		return codesOf(Membership.Scope.UNIT, null);
	}

	/**
	 * @return the codes of the provinces this user oversees as regional admin
	 */
	public Set<String> regionalProvinces() {
		return codesOf(Membership.Scope.PROVINCE, Role.REGIONAL_ADMIN);
	}

	public boolean hasUnitRole(String unitCode, Role role) {
		return memberships.contains(Membership.unit(unitCode, role));
	}

	public boolean hasPlatformRole(Role role) {
		return memberships.contains(Membership.platform(role));
	}

	private Set<String> codesOf(Membership.Scope scope, Role role) {
		return memberships.stream()
			.filter(m -> m.scope() == scope && (role == null || m.role() == role))
			.map(Membership::code)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return memberships.stream()
			.map(m -> new SimpleGrantedAuthority(m.role().authority()))
			.distinct()
			.toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public final boolean equals(Object other) {
		return other instanceof IprUser user && id.equals(user.id);
	}

	@Override
	public final int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "IprUser[" + username + "]";
	}
}
