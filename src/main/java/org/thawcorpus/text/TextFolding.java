package org.thawcorpus.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds the typography of copied web text for matching, never for storage.
 * <p>
 * {@link #fold(String)} maps character for character, so offsets found in the folded text
 * are offsets in the original. The input is not modified.
 */
public final class TextFolding {

	// Compiled once: a pattern compiled on each call can fail as a "pattern syntax" error
	// when called with little stack left.
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TextFolding() {
	}

	/**
	 * Replaces non-breaking and other typographic spaces by a space, curly quotes by
	 * straight ones and dashes by a hyphen. Returns a string of exactly the same length.
	 */
	public static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = fold(chars[i]);
		}
		return new String(chars);
	}

	/** {@link #fold(String)} for one character. */
	public static char fold(char c) {
		return switch (c) {
			case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
					'\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t' ->
				' ';
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
			default -> c;
		};
	}

	/**
	 * A key for comparing words regardless of case, diacritics and typography: folded,
	 * decomposed, stripped of combining marks, lower-cased, white space collapsed. Not
	 * length-preserving.
	 */
	public static String matchKey(String text) {
		String decomposed = Normalizer.normalize(fold(text), Normalizer.Form.NFD);
		String stripped = MARKS.matcher(decomposed).replaceAll("");
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
