package org.iprassist.tenants.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;

/**
 * A local account (used when {@code ipr.auth.mode=local}) and the memberships it holds.
 */
@Entity
@Table(name = "account")
class AccountEntity {

	@Id
	private UUID id;

	@Column(unique = true)
	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled;

	private LocalDateTime passwordChangedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "account_id"))
	private List<MembershipRow> memberships = new ArrayList<>();

	@Version
	private long version;

	protected AccountEntity() {
	}

	AccountEntity(String username, String displayName, String passwordHash, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.passwordChangedAt = now;
	}

	void grant(Membership membership) {
		MembershipRow row = new MembershipRow(membership);
		if (!memberships.contains(row)) {
			memberships.add(row);
		}
	}

	void changePassword(String newHash, LocalDateTime now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	IprUser toUser() {
		return new IprUser(id, username, displayName, passwordHash, enabled,
				memberships.stream().map(MembershipRow::toMembership).toList());
	}

	/**
	 * One row of the {@code membership} table.
	 */
	@Embeddable
	static class MembershipRow {

		@Enumerated(EnumType.STRING)
		private Membership.Scope scope;

		private String code;

		@Enumerated(EnumType.STRING)
		private Role role;

		protected MembershipRow() {
		}

		MembershipRow(Membership membership) {
			this.scope = membership.scope();
			this.code = membership.code();
			this.role = membership.role();
		}

		Membership toMembership() {
			return new Membership(scope, code, role);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MembershipRow row && toMembership().equals(row.toMembership());
		}

		@Override
		public int hashCode() {
			return toMembership().hashCode();
		}
	}
}
