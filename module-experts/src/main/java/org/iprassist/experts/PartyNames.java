package org.iprassist.experts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares organisation names the way a conflict check must: full-width and half-width forms
 * folded (NFKC), case ignored, and legal-form suffixes (有限公司, 股份有限公司, 有限责任公司, 集团 at the end
 * or in brackets; Co., Ltd., Limited, Inc. and the like), punctuation and spaces stripped, so that
 * "ＡＢＣ科技（集团）股份有限公司" and "abc科技" are one party. 集团 inside a name is part of it.
 */
public final class PartyNames {

	private static final Pattern BRACKETED_GROUP = Pattern.compile("\\(\\s*集团\\s*\\)");

	private static final Pattern CHINESE_FORM = Pattern.compile("(股份有限公司|有限责任公司|有限公司|股份公司|公司|集团)$");

	private static final Pattern ENGLISH_FORM = Pattern
		.compile("(^|[\\s,.])(co\\.?,?\\s*ltd|company|limited|ltd|inc|incorporated|corporation|corp|llc|group)$");

	private static final Pattern TRAILING_NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+$");

	private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");

	private PartyNames() {
	}

	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		folded = BRACKETED_GROUP.matcher(folded).replaceAll("");
		String previous;
		do {
			previous = folded;
			folded = TRAILING_NOISE.matcher(folded).replaceAll("");
			folded = ENGLISH_FORM.matcher(folded).replaceAll("$1");
			folded = CHINESE_FORM.matcher(folded).replaceAll("");
		}
		while (!folded.equals(previous));
		return NOISE.matcher(folded).replaceAll("");
	}

	public static boolean same(String a, String b) {
		String left = normalise(a);
		return !left.isEmpty() && left.equals(normalise(b));
	}
}
