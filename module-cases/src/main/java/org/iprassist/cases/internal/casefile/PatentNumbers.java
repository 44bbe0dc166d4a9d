package org.iprassist.cases.internal.casefile;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese patent numbers as applicants write them: a patent number {@code ZL201920123456.5} or an
 * application number {@code CN201920123456.5} (12 digits since 2003, 8 before), whose digit after
 * the point is CNIPA's check character (digits weighted 2–9 cyclically, sum mod 11, 10 written
 * {@code X}); or a publication number {@code CN110123456A} with its kind code (A, B, U, S).
 */
final class PatentNumbers {

	private static final Pattern APPLICATION = Pattern.compile("(?:ZL|CN)?(\\d{8}|\\d{12})\\.([0-9X])");

	private static final Pattern PUBLICATION = Pattern.compile("CN\\d{9}[ABUS]\\d?");

	private PatentNumbers() {
	}

	static String normalise(String value) {
		return value == null ? "" : value.replaceAll("[\\s　]", "").toUpperCase(Locale.ROOT);
	}

	static boolean isValid(String value) {
		String number = normalise(value);
		if (PUBLICATION.matcher(number).matches()) {
			return true;
		}
		Matcher application = APPLICATION.matcher(number);
		return application.matches() && checkCharacter(application.group(1)) == application.group(2).charAt(0);
	}

	static char checkCharacter(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * (2 + i % 8);
		}
		int check = sum % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}
}
