package org.iprassist.core.personaldata;

import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersonalDataTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void idNumbersAreCheckedByTheirCheckCharacterAndBirthDate() {
		assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
		assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
		assertThat(IdNumbers.isValid("110105194913310025")).isFalse();
		assertThat(IdNumbers.isValid("11010519491231002")).isFalse();
		assertThat(IdNumbers.isValid(null)).isFalse();
	}

	@Test
	void creditCodesAreCheckedByTheirMod31Character() {
		assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCodes.isValid("91110000802100433B")).isTrue();
		assertThat(CreditCodes.isValid("91110000802100433C")).isFalse();
		assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
		assertThat(CreditCodes.isValid("9135010OM000100Y43")).isFalse();
	}

	@Test
	void phoneNumbersAcceptMobilesAndLandlines() {
		assertThat(PhoneNumbers.isValid("13800138000")).isTrue();
		assertThat(PhoneNumbers.isValid("+86 138 0013 8000")).isTrue();
		assertThat(PhoneNumbers.isValid("0771-5551234")).isTrue();
		assertThat(PhoneNumbers.isValid("12800138000")).isFalse();
		assertThat(PhoneNumbers.isValid("555-1234")).isFalse();
	}

	@Test
	void maskingKeepsOnlyTheEnds() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
		assertThat(Masking.phone("123")).isEqualTo("***");
	}

	@Test
	void encryptionRoundTripsWithAFreshNonceEachTime() {
		PersonalDataCipher cipher = new PersonalDataCipher(KEY, "unused");
		String first = cipher.encrypt("11010519491231002X");
		String second = cipher.encrypt("11010519491231002X");
		assertThat(first).startsWith("v1:").doesNotContain("1101051949").isNotEqualTo(second);
		assertThat(cipher.decrypt(first)).isEqualTo("11010519491231002X");
		assertThat(cipher.blindIndex("11010519491231002x")).isEqualTo(cipher.blindIndex(" 11010519491231002X"));
	}

	@Test
	void aValueCannotBeReadWithAnotherKey() {
		String sealed = new PersonalDataCipher(KEY, "unused").encrypt("13800138000");
		byte[] other = new byte[32];
		other[0] = 1;
		PersonalDataCipher wrong = new PersonalDataCipher(Base64.getEncoder().encodeToString(other), "unused");
		assertThatIllegalStateException().isThrownBy(() -> wrong.decrypt(sealed));
	}

	@Test
	void withoutAConfiguredKeyAKeyFileIsCreatedOnceAndReused(@TempDir Path folder) {
		String file = folder.resolve("keys/personal-data.key").toString();
		String sealed = new PersonalDataCipher("", file).encrypt("13800138000");
		assertThat(new PersonalDataCipher("", file).decrypt(sealed)).isEqualTo("13800138000");
	}
}
