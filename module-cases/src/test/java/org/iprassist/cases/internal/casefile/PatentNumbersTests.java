package org.iprassist.cases.internal.casefile;

import org.iprassist.cases.internal.complaints.WorkingDays;
import org.iprassist.documents.VerificationCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese patent numbers: check characters as CNIPA computes them, and the formats applicants use.
 */
class PatentNumbersTests {

	@Test
	void checkCharactersFollowCnipa() {
		assertThat(PatentNumbers.checkCharacter("02144686")).isEqualTo('5');
		assertThat(PatentNumbers.checkCharacter("200810100765")).isEqualTo('7');
		assertThat(PatentNumbers.checkCharacter("201910123456")).isEqualTo('X');
	}

	@Test
	void acceptsPatentApplicationAndPublicationNumbers() {
		assertThat(PatentNumbers.isValid("ZL201920123456.5")).isTrue();
		assertThat(PatentNumbers.isValid("zl 2019 2012 3456.5")).isTrue();
		assertThat(PatentNumbers.isValid("CN201920123456.5")).isTrue();
		assertThat(PatentNumbers.isValid("ZL201910123456.X")).isTrue();
		assertThat(PatentNumbers.isValid("02144686.5")).isTrue();
		assertThat(PatentNumbers.isValid("CN110123456A")).isTrue();
		assertThat(PatentNumbers.isValid("CN210123456U")).isTrue();
		assertThat(PatentNumbers.isValid("CN305123456S")).isTrue();
	}

	@Test
	void refusesWrongCheckCharactersAndFormats() {
		assertThat(PatentNumbers.isValid("ZL201920123456.4")).isFalse();
		assertThat(PatentNumbers.isValid("ZL201910123456.7")).isFalse();
		assertThat(PatentNumbers.isValid("CN11012345A")).isFalse();
		assertThat(PatentNumbers.isValid("CN110123456Z")).isFalse();
		assertThat(PatentNumbers.isValid("ZL20192012345.5")).isFalse();
		assertThat(PatentNumbers.isValid("")).isFalse();
	}

	@Test
	void verificationCodesCarryTheirUnit() {
		String code = VerificationCodes.next("gx-nanning", 12);
		assertThat(VerificationCodes.unitOf(code)).contains("gx-nanning");
		assertThat(VerificationCodes.unitOf("gx-nanning")).isEmpty();
		assertThat(VerificationCodes.unitOf("../etc.ABCDEFGHJK")).isEmpty();
		assertThat(VerificationCodes.unitOf("gx-nanning.abc")).isEmpty();
	}

	@Test
	void receiptsAreDueFiveWorkingDaysLater() {
		assertThat(WorkingDays.after(java.time.LocalDate.of(2026, 11, 20), 5)).isEqualTo("2026-11-27");
		assertThat(WorkingDays.after(java.time.LocalDate.of(2026, 11, 23), 5)).isEqualTo("2026-11-30");
	}
}
