package org.thawcorpus.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Choosing a copy's title: the first that a kind's {@link TitleRule}s find where the page
 * states it, else the first line of text with a note saying so; and titles made from
 * text.
 */
public final class Titles {

	/** The longest title taken from a line of text. */
	public static final int MAX_LENGTH = 120;

	/** The longest line taken for a title at all. */
	static final int LINE_MAX_LENGTH = 200;

	/**
	 * A long line ending as a sentence is a title only if most of its words are
	 * capitalised.
	 */
	private static final int SENTENCE_TITLE_LENGTH = 100;

	private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");

	private static final Pattern OPEN_END = Pattern.compile(".*[,;:]$");

	private static final Pattern COUNTS = Pattern
		.compile("(?i).*\\d\\s*(?:ratings?|reviews?|followers?|books?|likes?|comments?|pages?)\\b.*");

	private Titles() {
	}

	/**
	 * The title the copy states: the first cued candidate of the rules, in their order;
	 * else, of the candidates found by their place, the one highest on the page (the
	 * earlier rule on a tie); null if no rule finds one.
	 */
	public static TitleCandidate stated(SourceLines lines, FurnitureWords words, List<TitleRule> rules) {
		TitleCandidate highest = null;
		for (TitleRule rule : rules) {
			TitleCandidate candidate = rule.find(lines, words);
			if (candidate != null && candidate.cued()) {
				return candidate;
			}
			if (candidate != null && (highest == null || candidate.firstLine() < highest.firstLine())) {
				highest = candidate;
			}
		}
		return highest;
	}

	/**
	 * The note that goes with a title taken from the first line of text because no rule
	 * found where the page states it.
	 * @param line the line taken
	 */
	public static SourceNote firstLineNote(int line) {
		return new SourceNote(line, NoteKind.TITLE_FROM_FIRST_LINE, "The title is taken from the first line of text "
				+ "(line " + line + "): the copy states no title where pages state one.");
	}

	/**
	 * Whether a line could be a title: letters, not too long, not open-ended, no date or
	 * count alone, and a long line ending as a sentence only in title case.
	 * @param trimmed the line, trimmed and folded
	 */
	public static boolean isTitleLike(String trimmed) {
		if (trimmed.length() < 2 || trimmed.length() > LINE_MAX_LENGTH || !LETTER.matcher(trimmed).matches()
				|| OPEN_END.matcher(trimmed).matches() || COUNTS.matcher(trimmed).matches()
				|| Values.date(trimmed) != null) {
			return false;
		}
		if (trimmed.length() > SENTENCE_TITLE_LENGTH && trimmed.endsWith(".")) {
			return isTitleCase(trimmed);
		}
		return true;
	}

	/** Whether most words of four letters or more start with a capital. */
	static boolean isTitleCase(String text) {
		int long_ = 0;
		int capitalised = 0;
		for (String word : text.split("[\\s\\-/]+")) {
			String letters = word.replaceAll("[^\\p{L}]", "");
			if (letters.length() >= 4) {
				long_++;
				capitalised += Character.isUpperCase(letters.charAt(0)) ? 1 : 0;
			}
		}
		return long_ > 0 && capitalised * 2 > long_;
	}

	/**
	 * The first line of a text, shortened at a word to at most {@link #MAX_LENGTH}.
	 */
	public static String excerpt(String text) {
		String firstLine = text.lines().findFirst().orElse("").strip();
		if (firstLine.length() <= MAX_LENGTH) {
			return firstLine;
		}
		int cut = firstLine.lastIndexOf(' ', MAX_LENGTH);
		return firstLine.substring(0, (cut > 40) ? cut : MAX_LENGTH) + "…";
	}

}
