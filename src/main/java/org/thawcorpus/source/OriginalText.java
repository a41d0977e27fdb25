package org.thawcorpus.source;

/**
 * Cuts original text by offsets found in its folded copy, so that a trimmed or shortened
 * piece keeps its typography (non-breaking spaces, curly quotes, dashes).
 */
public final class OriginalText {

	private OriginalText() {
	}

	/**
	 * The original line without leading and trailing white space, where non-breaking and
	 * typographic spaces count as white space.
	 */
	public static String stripped(SourceLines lines, int n) {
		return strip(lines.line(n), lines.folded(n));
	}

	/** The original text trimmed where its folded copy has white space at either end. */
	public static String strip(String original, String folded) {
		int from = folded.length() - folded.stripLeading().length();
		int to = folded.stripTrailing().length();
		return (from >= to) ? "" : original.substring(from, to);
	}

}
