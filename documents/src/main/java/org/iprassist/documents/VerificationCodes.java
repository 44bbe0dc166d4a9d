package org.iprassist.documents;

import java.security.SecureRandom;
import java.util.Optional;

import org.iprassist.core.tenancy.UnitCode;

/**
 * Verification codes and one-time tokens that carry their unit: {@code gx-nanning.7K3M9Q2XPA4B}.
 * The public pages find the unit's schema from the code alone, with no platform-wide index.
 */
public final class VerificationCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	public static String next(String unitCode, int length) {
		StringBuilder code = new StringBuilder(unitCode).append('.');
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/**
	 * @return the unit a code names, empty when the code is malformed
	 */
	public static Optional<String> unitOf(String code) {
		if (code == null || code.length() > 80) {
			return Optional.empty();
		}
		int dot = code.lastIndexOf('.');
		if (dot <= 0 || dot == code.length() - 1 || !code.substring(dot + 1).matches("[0-9A-Z]{8,40}")) {
			return Optional.empty();
		}
		String unit = code.substring(0, dot);
		return UnitCode.isValid(unit) ? Optional.of(unit) : Optional.empty();
	}
}
