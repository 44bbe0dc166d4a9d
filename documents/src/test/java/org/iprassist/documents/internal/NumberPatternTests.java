package org.iprassist.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iprassist.core.web.BadRequestException;
import org.junit.jupiter.api.Test;

/**
 * A pattern holds {@code {number}} once, may hold {@code {year}}, nothing else in braces, and fits
 * the column; the default is built from the unit's name and the kind's abbreviation.
 */
class NumberPatternTests {

	@Test
	void formatsTheYearAndTheNumber() {
		assertThat(NumberPattern.of(" 桂知援（南宁）意〔{year}〕{number}号 ").format(2026, 3)).isEqualTo("桂知援（南宁）意〔2026〕3号");
		assertThat(NumberPattern.of("No. {number}").format(2027, 12)).isEqualTo("No. 12");
		assertThat(NumberPattern.defaultFor("南宁分中心", "意").format(2026, 1)).isEqualTo("南宁分中心意〔2026〕1号");
	}

	@Test
	void refusesPatternsThatCannotNumberDocumentsApart() {
		assertRefused("   ", "error.document-number.pattern.blank");
		assertRefused(null, "error.document-number.pattern.blank");
		assertRefused("桂知援〔{year}〕号", "error.document-number.pattern.number");
		assertRefused("{number}-{number}", "error.document-number.pattern.number");
		assertRefused("桂知援〔{yaer}〕{number}号", "error.document-number.pattern.placeholder");
		assertRefused("桂知援{〔{year}〕{number}号", "error.document-number.pattern.placeholder");
		assertRefused("桂知援〔{year}〕{number}号}", "error.document-number.pattern.placeholder");
		assertRefused("意".repeat(95) + "{number}", "error.document-number.pattern.too-long");
	}

	private static void assertRefused(String pattern, String messageKey) {
		assertThatThrownBy(() -> NumberPattern.of(pattern)).as(String.valueOf(pattern))
			.isInstanceOf(BadRequestException.class)
			.hasFieldOrPropertyWithValue("messageKey", messageKey);
	}
}
