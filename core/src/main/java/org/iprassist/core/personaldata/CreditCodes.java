package org.iprassist.core.personaldata;

import java.util.Locale;

/**
 * Unified social credit codes of organisations by GB 32100-2015: 18 characters from a 31-letter
 * alphabet (no I, O, S, V, Z), the last a MOD 31 check character.
 */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	public static String normalise(String value) {
		return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String value) {
		String code = normalise(value);
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = ALPHABET.indexOf(code.charAt(i));
			if (digit < 0) {
				return false;
			}
			sum += digit * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return code.charAt(17) == ALPHABET.charAt(check);
	}
}
