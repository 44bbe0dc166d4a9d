package org.iprassist.core.personaldata;

/**
 * How personal data looks to a viewer who does not need it whole: an ID number keeps its first six
 * and last four characters ({@code 450102********1234}), a phone its first three and last four.
 */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(String value) {
		return keep(value, 6, 4);
	}

	public static String phone(String value) {
		return keep(value, 3, 4);
	}

	private static String keep(String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
	}
}
