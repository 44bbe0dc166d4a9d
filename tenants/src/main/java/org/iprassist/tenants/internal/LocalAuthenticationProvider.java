package org.iprassist.tenants.internal;

import org.iprassist.core.tenancy.TenantWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Logs in local accounts ({@code ipr.auth.mode=local}, the default) with BCrypt, refusing a user
 * name while it is locked out, even with the right password.
 */
@Component
@ConditionalOnProperty(name = "ipr.auth.mode", havingValue = "local", matchIfMissing = true)
class LocalAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginLockout lockout;

	LocalAuthenticationProvider(Accounts accounts, TenantWork work, PasswordEncoder encoder,
			LoginLockout lockout) {
		UserDetailsService users = username -> work.platform()
			.read(() -> accounts.findByUsername(username).map(AccountEntity::toUser))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.lockout = lockout;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (lockout.isLocked(username)) {
			throw new LockedException("Locked");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			lockout.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (lockout.recordFailure(username)) {
				throw new LockedException("Locked");
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
