package org.thawcorpus.source;

/** Titles made from a source's text when the page states none. */
public final class Titles {

	/** The longest title taken from a line of text. */
	public static final int MAX_LENGTH = 120;

	private Titles() {
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
