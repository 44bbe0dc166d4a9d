package org.iprassist.experts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Party names as conflict checks compare them.
 */
class PartyNamesTests {

	@Test
	void fullWidthFormsGroupAndLegalFormAreIgnored() {
		assertThat(PartyNames.same("ＡＢＣ科技（集团）有限公司", "ABC科技")).isTrue();
		assertThat(PartyNames.same("abc科技(集团)股份有限公司", "ＡＢＣ 科技")).isTrue();
		assertThat(PartyNames.same("广西某某科技有限责任公司", "广西某某科技")).isTrue();
		assertThat(PartyNames.same("ABC Technology Co., Ltd.", "abc technology")).isTrue();
	}

	@Test
	void differentNamesAndEmptyNamesDoNotMatch() {
		assertThat(PartyNames.same("ABC科技有限公司", "ABD科技有限公司")).isFalse();
		assertThat(PartyNames.same("有限公司", "股份有限公司")).isFalse();
		assertThat(PartyNames.same(null, "")).isFalse();
		assertThat(PartyNames.same("集团公司", "")).isFalse();
	}

	@Test
	void groupInTheMiddleOfANameIsPartOfIt() {
		assertThat(PartyNames.normalise("华润集团有限公司")).isEqualTo("华润");
		assertThat(PartyNames.same("集团科技有限公司", "科技有限公司")).isFalse();
	}
}
