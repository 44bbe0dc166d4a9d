package org.iprassist.cases.internal.casefile;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grams that the case search index holds for a text and looks up for a fragment. A text is
 * indexed by its trigrams and its last two and last one characters, folded as a case-insensitive
 * collation compares, so that every piece of up to three characters starts some gram: a fragment of
 * three characters or more is found through any of its trigrams, a shorter one through the grams
 * it starts. Trigrams, not bigrams, because digits and common words (有限公司) make every bigram of
 * a name with a serial or of a right number common. Chinese names have no spaces to split words
 * at, so characters, not words, are the unit; the index only narrows the candidates, and the exact
 * {@code LIKE} of the list decides.
 */
final class SearchGrams {

	static final int GRAM_LENGTH = 3;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SearchGrams() {
	}

	/**
	 * @return the grams to store for a text; empty for {@code null} or blank
	 */
	static Set<String> of(String text) {
		Set<String> grams = new LinkedHashSet<>();
		int[] points = fold(text);
		for (int i = 0; i < points.length; i++) {
			grams.add(gram(points, i, Math.min(GRAM_LENGTH, points.length - i)));
		}
		return grams;
	}

	/**
	 * @return the trigrams of a fragment of three characters or more, or the fragment itself when it
	 *         is shorter (to be looked up as a prefix of the stored grams)
	 */
	static Set<String> ofFragment(String fragment) {
		Set<String> grams = new LinkedHashSet<>();
		int[] points = fold(fragment == null ? null : fragment.strip());
		if (points.length > 0 && points.length < GRAM_LENGTH) {
			grams.add(gram(points, 0, points.length));
		}
		for (int i = 0; i + GRAM_LENGTH <= points.length; i++) {
			grams.add(gram(points, i, GRAM_LENGTH));
		}
		return grams;
	}

	static boolean isPrefix(String gram) {
		return gram.codePointCount(0, gram.length()) < GRAM_LENGTH;
	}

	/**
	 * Folds what a case-insensitive collation compares equal (letter case, full-width forms,
	 * accents) onto one form, so that grams equal in the database are equal here too.
	 */
	private static int[] fold(String text) {
		if (text == null) {
			return new int[0];
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).codePoints().toArray();
	}

	/** Grams end where the database's PAD SPACE comparison ends them: before trailing spaces. */
	private static String gram(int[] points, int from, int length) {
		return new String(points, from, length).stripTrailing();
	}
}
