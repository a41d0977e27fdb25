package org.thawcorpus.source.book;

import java.util.Locale;

import org.thawcorpus.source.SourceLines;

/**
 * Takes text from a line as it stands in the source, at offsets found by matching its
 * trimmed, folded form ({@link SourceLines#trimmed(int)}).
 */
final class BookText {

	private BookText() {
	}

	/** The line without leading and trailing white space, its characters unaltered. */
	static String original(SourceLines lines, int n) {
		String trimmed = lines.trimmed(n);
		return original(lines, n, 0, trimmed.length());
	}

	/** The original characters at {@code start} to {@code end} of the trimmed line. */
	static String original(SourceLines lines, int n, int start, int end) {
		String folded = lines.folded(n);
		int lead = folded.length() - folded.stripLeading().length();
		return lines.line(n).substring(lead + start, lead + end);
	}

	/** A count as pages print it, grouped by thousands ("1,312"). */
	static String count(int value) {
		return String.format(Locale.ENGLISH, "%,d", value);
	}

}
