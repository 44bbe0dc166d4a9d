package org.iprassist.tenants.internal;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins under one user name, whether or not an account has that name: counting names that
 * do not exist too is what keeps the lockout from revealing which accounts exist.
 */
@Entity
@Table(name = "login_attempt")
class LoginAttemptEntity {

	@Id
	private String username;

	private int failures;

	private LocalDateTime lockedUntil;

	protected LoginAttemptEntity() {
	}

	LoginAttemptEntity(String username) {
		this.username = username;
	}

	boolean isLocked(LocalDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/**
	 * @return whether this failure locked the name
	 */
	boolean fail(LocalDateTime now, int maxFailures, Duration lockFor) {
		if (lockedUntil != null && !lockedUntil.isAfter(now)) {
			lockedUntil = null;
			failures = 0;
		}
		failures++;
		if (failures >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			failures = 0;
			return true;
		}
		return false;
	}
}
