package org.iprassist.experts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares organisation names the way a conflict check must: full-width and half-width forms
 * folded (NFKC), case ignored, and legal-form suffixes (有限公司, 股份有限公司, 有限责任公司, (集团)),
 * punctuation and spaces stripped, so that "ＡＢＣ科技（集团）股份有限公司" and "abc科技" are one party.
 */
public final class PartyNames {

	private static final Pattern GROUP = Pattern.compile("[(（]?集团[)）]?");

	private static final Pattern LEGAL_FORM = Pattern.compile("(股份有限公司|有限责任公司|有限公司|股份公司|公司)$");

	private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");

	private PartyNames() {
	}

	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		folded = GROUP.matcher(folded).replaceAll("");
		folded = NOISE.matcher(folded).replaceAll("");
		String previous;
		do {
			previous = folded;
			folded = LEGAL_FORM.matcher(folded).replaceAll("");
		}
		while (!folded.equals(previous));
		return folded;
	}

	public static boolean same(String a, String b) {
		String left = normalise(a);
		return !left.isEmpty() && left.equals(normalise(b));
	}
}
