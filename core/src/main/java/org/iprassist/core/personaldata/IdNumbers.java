package org.iprassist.core.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Resident identity card numbers by GB 11643-1999: 17 digits (region, birth date, sequence) and a
 * check character computed with the ISO 7064 MOD 11-2 weights.
 */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private IdNumbers() {
	}

	public static String normalise(String value) {
		return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String value) {
		String id = normalise(value);
		if (id == null || !id.matches("\\d{17}[\\dX]")) {
			return false;
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
				return false;
			}
		}
		catch (DateTimeException ex) {
			return false;
		}
		return id.charAt(17) == checkCharacter(id);
	}

	static char checkCharacter(String id) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}
}
