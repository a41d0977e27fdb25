package org.thawcorpus.source.book;

import org.thawcorpus.source.PrintedCount;

/**
 * Counts as book pages print them beside readers and authors: in full ("2,520") or
 * abbreviated to thousands or millions ("15.2k followers", "2m people want to read").
 */
final class BookCounts {

	/** A count in full or abbreviated, for use inside patterns. */
	static final String COUNT = PrintedCount.ANY;

	private BookCounts() {
	}

	/**
	 * Reads a count such as "2,520", "15.2k" (about 15,200) or "2m" (about 2,000,000);
	 * null if the text is none. An abbreviated count is as exact as its printing: "15.2k"
	 * may stand for anything from 15,150 to 15,249.
	 */
	static PrintedCount read(String text) {
		return PrintedCount.read(text);
	}

	/**
	 * The value of a count such as "2,520" or "15.2k"; null if none or too large for an
	 * int.
	 */
	static Integer count(String text) {
		return PrintedCount.intOrNull(PrintedCount.read(text));
	}

}
