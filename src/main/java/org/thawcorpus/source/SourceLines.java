package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.text.TextFolding;

/**
 * The lines of one source text as read, numbered from 1, with a folded copy of each for
 * matching (see {@link TextFolding#fold(String)}). A final line terminator does not start
 * another line.
 */
public final class SourceLines {

	private final List<String> original;

	private final List<String> folded;

	private SourceLines(List<String> original) {
		this.original = List.copyOf(original);
		List<String> f = new ArrayList<>(original.size());
		for (String line : original) {
			f.add(TextFolding.fold(line));
		}
		this.folded = List.copyOf(f);
	}

	/** Splits a text on LF, CRLF or CR. */
	public static SourceLines of(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return new SourceLines(lines);
	}

	public int count() {
		return this.original.size();
	}

	/** The line as it stands in the source. */
	public String line(int number) {
		return this.original.get(number - 1);
	}

	/** The line folded for matching, of the same length as {@link #line(int)}. */
	public String folded(int number) {
		return this.folded.get(number - 1);
	}

	/** The folded line without leading and trailing white space. */
	public String trimmed(int number) {
		return this.folded.get(number - 1).strip();
	}

	public boolean isBlank(int number) {
		return this.folded.get(number - 1).isBlank();
	}

	/** The number of the next non-blank line at or after {@code from}, or -1 if none. */
	public int nextNonBlank(int from) {
		for (int n = Math.max(from, 1); n <= count(); n++) {
			if (!isBlank(n)) {
				return n;
			}
		}
		return -1;
	}

	/** All lines as read, in order. */
	public List<String> all() {
		return this.original;
	}

}
