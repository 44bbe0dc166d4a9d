package org.iprassist.tenants.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates local accounts and changes passwords, always under the password policy.
 */
@Service
class AccountManagement {

	private final Accounts accounts;

	private final TenantWork.Scope platform;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountManagement(Accounts accounts, TenantWork work, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.platform = work.platform();
		this.encoder = encoder;
		this.clock = clock;
	}

	UUID create(String username, String displayName, String password, List<Membership> memberships) {
		PasswordPolicy.check(password);
		String hash = encoder.encode(password);
		return platform.write(() -> {
			if (accounts.existsByUsername(username)) {
				throw new ConflictException("error.account.duplicate", username);
			}
			AccountEntity account = new AccountEntity(username, displayName, hash, LocalDateTime.now(clock));
			memberships.forEach(account::grant);
			return accounts.save(account).toUser().id();
		});
	}

	/**
	 * Creates a unit's administrator (unit admin and staff of that unit).
	 */
	UUID createUnitAdmin(String unitCode, NewUnitAdmin admin) {
		return create(admin.username(), admin.displayName(), admin.password(),
				List.of(Membership.unit(unitCode, Role.UNIT_ADMIN), Membership.unit(unitCode, Role.STAFF)));
	}

	void changePassword(UUID accountId, String currentPassword, String newPassword) {
		PasswordPolicy.check(newPassword);
		String hash = encoder.encode(newPassword);
		platform.write(() -> {
			AccountEntity account = accounts.findById(accountId)
				.orElseThrow(() -> new NotFoundException("error.account.not-found"));
			if (!encoder.matches(currentPassword, account.passwordHash())) {
				throw new BadRequestException("error.password.current-wrong");
			}
			account.changePassword(hash, LocalDateTime.now(clock));
			accounts.save(account);
		});
	}

	boolean exists(String username) {
		return platform.read(() -> accounts.existsByUsername(username));
	}
}
