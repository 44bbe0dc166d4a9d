package org.iprassist.core.personaldata;

import java.util.regex.Pattern;

/**
 * Mainland phone numbers as people write them: an 11-digit mobile number, or a landline with its
 * area code (0xx-xxxxxxx), optionally with an extension.
 */
public final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	private PhoneNumbers() {
	}

	public static String normalise(String value) {
		return value == null ? null : value.strip().replace(" ", "").replaceFirst("^\\+86", "");
	}

	public static boolean isValid(String value) {
		String phone = normalise(value);
		return phone != null && (MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches());
	}
}
