package org.iprassist.tenants.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.iprassist.core.tenancy.TenantWork;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for 15 minutes after 5 failed logins in a row.
 */
@Component
class LoginLockout {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final LoginAttempts attempts;

	private final TenantWork.Scope platform;

	private final Clock clock;

	LoginLockout(LoginAttempts attempts, TenantWork work, Clock clock) {
		this.attempts = attempts;
		this.platform = work.platform();
		this.clock = clock;
	}

	boolean isLocked(String username) {
		String key = normalise(username);
		return platform.read(() -> attempts.findById(key).map(a -> a.isLocked(now())).orElse(false));
	}

	/**
	 * @return whether this failure locked the user name
	 */
	boolean recordFailure(String username) {
		String key = normalise(username);
		return platform.write(() -> {
			LoginAttemptEntity attempt = attempts.findById(key).orElseGet(() -> new LoginAttemptEntity(key));
			boolean locked = attempt.fail(now(), MAX_FAILURES, LOCK_DURATION);
			attempts.save(attempt);
			return locked;
		});
	}

	void recordSuccess(String username) {
		String key = normalise(username);
		platform.write(() -> attempts.deleteById(key));
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	private static String normalise(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}
}
