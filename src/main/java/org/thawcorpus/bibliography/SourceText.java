package org.thawcorpus.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.thawcorpus.text.TextFolding;

/**
 * A citation's text as printed, with a folded working copy of the same length in which
 * matched parts (an ISBN, a URL, pages) are masked out. Offsets are shared, so whatever
 * is found in the working copy is returned from the original.
 */
final class SourceText {

	static final char MASK = '\u0001';

	/** Words that end with a period without ending a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("st", "ste", "vol", "vols", "no", "nos", "dr", "mr", "mrs",
			"ms", "jr", "sr", "mt", "ft", "vs", "ed", "eds", "tr", "trans", "transl", "rev", "repr", "p", "pp", "ca",
			"cf", "co", "inc", "ltd", "bros", "univ", "dept", "comp", "comps", "ch", "chap", "fig", "etc", "al", "hrsg",
			"red", "izd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

	private final String original;

	private final char[] work;

	SourceText(String original) {
		this.original = original;
		this.work = TextFolding.fold(original).toCharArray();
	}

	int length() {
		return this.work.length;
	}

	char at(int i) {
		return this.work[i];
	}

	/** The folded, masked working copy between two offsets. */
	String work(int start, int end) {
		return new String(this.work, start, end - start);
	}

	String work() {
		return new String(this.work);
	}

	void mask(int start, int end) {
		for (int i = start; i < end; i++) {
			this.work[i] = MASK;
		}
	}

	boolean masked(int i) {
		return this.work[i] == MASK;
	}

	/**
	 * The bounds left after dropping white space, separators (, ; :) and masked
	 * characters at both ends; start equals end when nothing is left.
	 */
	int[] trim(int start, int end) {
		int s = start;
		int e = end;
		while (s < e && isPadding(this.work[s])) {
			s++;
		}
		while (e > s && isPadding(this.work[e - 1])) {
			e--;
		}
		return new int[] { s, e };
	}

	private static boolean isPadding(char c) {
		return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == MASK;
	}

	/** The original text between the trimmed bounds, or null when nothing is left. */
	String slice(int start, int end) {
		int[] t = trim(start, end);
		return (t[0] < t[1]) ? this.original.substring(t[0], t[1]) : null;
	}

	/**
	 * Like {@link #slice} but also drops a final period, unless it closes an initial or
	 * an abbreviation such as "Jr." or "St.".
	 */
	String sliceWithoutPeriod(int start, int end) {
		int[] t = trim(start, end);
		int e = t[1];
		if (e > t[0] && this.work[e - 1] == '.' && !periodBelongsToWord(e - 1)) {
			e = trim(t[0], e - 1)[1];
		}
		return (t[0] < e) ? this.original.substring(t[0], e) : null;
	}

	/**
	 * The word (letters, apostrophes, hyphens, inner periods) that ends just before i.
	 */
	String wordBefore(int i) {
		int s = i;
		while (s > 0 && (Character.isLetter(this.work[s - 1]) || this.work[s - 1] == '\'' || this.work[s - 1] == '-'
				|| (this.work[s - 1] == '.' && s - 1 > 0 && Character.isLetter(this.work[s - 2])))) {
			s--;
		}
		return new String(this.work, s, i - s);
	}

	/**
	 * Whether the period at i belongs to an initial ("A."), "U.S." or an abbreviation.
	 */
	boolean periodBelongsToWord(int i) {
		String word = wordBefore(i);
		if (word.isEmpty()) {
			return false;
		}
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		return word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the character at i ends a sentence: a period (not of an initial or an
	 * abbreviation), question or exclamation mark followed by white space and something
	 * other than a lower-case letter, or by the end of the text.
	 */
	boolean isBreak(int i) {
		char c = this.work[i];
		if (c != '.' && c != '?' && c != '!') {
			return false;
		}
		int j = i + 1;
		if (j < this.work.length && !Character.isWhitespace(this.work[j]) && this.work[j] != MASK) {
			return false;
		}
		while (j < this.work.length && (Character.isWhitespace(this.work[j]) || this.work[j] == MASK)) {
			j++;
		}
		if (j < this.work.length && Character.isLowerCase(this.work[j])) {
			return false;
		}
		return c != '.' || !periodBelongsToWord(i);
	}

	/**
	 * Splits a stretch into segments at commas, semicolons, brackets, masked parts and
	 * sentence breaks; each segment is returned trimmed, empty ones are dropped.
	 */
	List<int[]> segments(int start, int end) {
		return segments(start, end, Integer.MAX_VALUE);
	}

	/** The first {@code most} segments of a stretch, as {@link #segments(int, int)}. */
	List<int[]> segments(int start, int end, int most) {
		List<int[]> segments = new ArrayList<>();
		int from = start;
		for (int i = start; i <= end && segments.size() < most; i++) {
			boolean cut = i == end;
			int next = i + 1;
			if (!cut) {
				char c = this.work[i];
				cut = c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == MASK || isBreak(i);
				if (cut && (c == '?' || c == '!')) {
					i++;
				}
			}
			if (cut) {
				int[] t = trim(from, Math.min(i, end));
				if (t[0] < t[1]) {
					segments.add(t);
				}
				from = Math.min(next, end);
			}
		}
		return segments;
	}

}
