package org.thawcorpus.annotation.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import org.thawcorpus.text.TextFolding;

/**
 * A text folded for matching names, with the way back: typography folded as
 * {@link TextFolding} does, diacritics removed (ё as е, ł as l), letters lower-cased
 * unless case is kept, runs of white space and hyphens made one space, soft hyphens and
 * zero-width characters dropped. Folding changes lengths, so every folded character
 * remembers the original character it came from.
 */
final class FoldedText {

	private final String original;

	private final String folded;

	private final int[] origin;

	private FoldedText(String original, String folded, int[] origin) {
		this.original = original;
		this.folded = folded;
		this.origin = origin;
	}

	/** The text folded, letters lower-cased. */
	static FoldedText of(String text) {
		return fold(text, true);
	}

	/** The text folded, letters kept in their case. */
	static FoldedText keepingCase(String text) {
		return fold(text, false);
	}

	/** The key a spelling is matched by: folded, lower-cased, without outer spaces. */
	static String key(String text) {
		return of(text).folded.strip();
	}

	/** The key a spelling is matched by when its case matters. */
	static String caseKey(String text) {
		return keepingCase(text).folded.strip();
	}

	String folded() {
		return this.folded;
	}

	/** The offset in the original text of the folded character at {@code index}. */
	int start(int index) {
		return this.origin[index];
	}

	/**
	 * The offset in the original text just after the folded range that ends (exclusive)
	 * at {@code end}, taking in combining marks that follow its last character.
	 */
	int end(int end) {
		int after = this.origin[end - 1] + 1;
		if (after < this.original.length() && Character.isLowSurrogate(this.original.charAt(after))) {
			after++;
		}
		while (after < this.original.length() && isMark(this.original.charAt(after))) {
			after++;
		}
		return after;
	}

	private static FoldedText fold(String text, boolean lowerCase) {
		StringBuilder out = new StringBuilder(text.length());
		int[] origin = new int[text.length() + 8];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (origin.length < out.length() + 4) {
				origin = Arrays.copyOf(origin, origin.length * 2);
			}
			if (c < 128) {
				if (c == '-' || Character.isWhitespace(c)) {
					separator(out, origin, i);
				}
				else {
					origin[out.length()] = i;
					out.append(lowerCase ? Character.toLowerCase(c) : c);
				}
				continue;
			}
			char t = typography(c);
			if (t == 0) {
				continue;
			}
			if (t == '-' || Character.isWhitespace(t) || Character.isSpaceChar(t)) {
				separator(out, origin, i);
				continue;
			}
			String s = String.valueOf(t);
			s = Normalizer.normalize(lowerCase ? s.toLowerCase(Locale.ROOT) : s, Normalizer.Form.NFD);
			for (int k = 0; k < s.length(); k++) {
				char x = s.charAt(k);
				if (isMark(x)) {
					continue;
				}
				String plain = plainLetter(x);
				if (origin.length < out.length() + plain.length() + 1) {
					origin = Arrays.copyOf(origin, origin.length * 2);
				}
				for (int n = 0; n < plain.length(); n++) {
					origin[out.length()] = i;
					out.append(plain.charAt(n));
				}
			}
		}
		return new FoldedText(text, out.toString(), Arrays.copyOf(origin, out.length()));
	}

	private static void separator(StringBuilder out, int[] origin, int index) {
		if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
			origin[out.length()] = index;
			out.append(' ');
		}
	}

	/** The character folded for typography, or 0 for one that is dropped. */
	private static char typography(char c) {
		return switch (c) {
			case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> 0;
			case '\u02B9', '\u02BC' -> '\'';
			default -> TextFolding.fold(c);
		};
	}

	/**
	 * Letters that carry their diacritic in the letter itself, not in a combining mark.
	 */
	private static String plainLetter(char c) {
		return switch (c) {
			case 'ł' -> "l";
			case 'Ł' -> "L";
			case 'ø' -> "o";
			case 'Ø' -> "O";
			case 'đ' -> "d";
			case 'Đ' -> "D";
			case 'ħ' -> "h";
			case 'Ħ' -> "H";
			case 'ı' -> "i";
			case 'ß' -> "ss";
			case 'æ' -> "ae";
			case 'Æ' -> "AE";
			case 'œ' -> "oe";
			case 'Œ' -> "OE";
			case 'þ' -> "th";
			case 'Þ' -> "TH";
			default -> String.valueOf(c);
		};
	}

	static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
