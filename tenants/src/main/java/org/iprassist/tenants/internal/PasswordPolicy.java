package org.iprassist.tenants.internal;

import org.iprassist.core.web.BadRequestException;

/**
 * At least 10 characters from at least three of: lower-case letters, upper-case letters, digits,
 * other characters.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	static void check(String password) {
		if (password == null || password.length() < MIN_LENGTH || classes(password) < 3) {
			throw new BadRequestException("error.password.policy", MIN_LENGTH);
		}
	}

	private static int classes(String password) {
		boolean lower = password.chars().anyMatch(Character::isLowerCase);
		boolean upper = password.chars().anyMatch(Character::isUpperCase);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}
}
