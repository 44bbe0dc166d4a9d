package org.iprassist.documents.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iprassist.core.web.BadRequestException;

/**
 * A document-number pattern as the unit admin types it, e.g. {@code 桂知援（南宁）意〔{year}〕{number}号}:
 * {@code {year}} becomes the issuing year, {@code {number}} the kind's sequence in that year. It
 * must contain {@code {number}} exactly once (else two documents could print the same number), no
 * other placeholder, and fit the column.
 */
record NumberPattern(String text) {

	static final int MAX_LENGTH = 100;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	/**
	 * @throws BadRequestException with a message key naming what is wrong
	 */
	static NumberPattern of(String text) {
		String pattern = text == null ? "" : text.strip();
		if (pattern.isEmpty()) {
			throw new BadRequestException("error.document-number.pattern.blank");
		}
		if (pattern.length() > MAX_LENGTH) {
			throw new BadRequestException("error.document-number.pattern.too-long", MAX_LENGTH);
		}
		if (pattern.chars().anyMatch(Character::isISOControl)) {
			throw new BadRequestException("error.document-number.pattern.placeholder");
		}
		int numbers = 0;
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			switch (matcher.group(1)) {
				case "number" -> numbers++;
				case "year" -> {
				}
				default -> throw new BadRequestException("error.document-number.pattern.placeholder");
			}
		}
		if (numbers != 1) {
			throw new BadRequestException("error.document-number.pattern.number");
		}
		if (PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*[{}].*")) {
			throw new BadRequestException("error.document-number.pattern.placeholder");
		}
		return new NumberPattern(pattern);
	}

	/**
	 * The default when the unit set none: the unit's name, the kind's abbreviation and
	 * {@code 〔{year}〕{number}号}, e.g. {@code 中国（广西）知识产权维权援助南宁分中心意〔2026〕1号}.
	 */
	static NumberPattern defaultFor(String unitName, String abbreviation) {
		return new NumberPattern(unitName + abbreviation + "〔{year}〕{number}号");
	}

	String format(int year, int sequence) {
		return text.replace("{year}", Integer.toString(year)).replace("{number}", Integer.toString(sequence));
	}
}
