package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.thawcorpus.text.TextFolding;

/**
 * The lines of one source text as read, numbered from 1, with a folded copy of each for
 * matching (see {@link TextFolding#fold(String)}). A final line terminator does not start
 * another line. For a page read from its markup, the "lines" are the page's text blocks,
 * each with its {@link LineOrigin}.
 */
public final class SourceLines {

	private final List<String> original;

	private final List<String> folded;

	private final List<LineOrigin> origins;

	private SourceLines(List<String> original, List<LineOrigin> origins) {
		this.original = List.copyOf(original);
		this.origins = (origins != null) ? List.copyOf(origins) : null;
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
		return new SourceLines(lines, null);
	}

	/**
	 * The text blocks of a page as its units, each with where it came from.
	 * @param blocks each block's text
	 * @param origins each block's origin, in the same order
	 */
	public static SourceLines ofBlocks(List<String> blocks, List<LineOrigin> origins) {
		if (blocks.size() != origins.size()) {
			throw new IllegalArgumentException(blocks.size() + " blocks but " + origins.size() + " origins");
		}
		return new SourceLines(blocks, origins);
	}

	/**
	 * The same lines with some of them blank (set aside, as page furniture is), numbered
	 * as before.
	 * @param setAside whether a line (by number) is set aside
	 */
	public SourceLines without(IntPredicate setAside) {
		List<String> kept = new ArrayList<>(this.original.size());
		for (int n = 1; n <= this.original.size(); n++) {
			kept.add(setAside.test(n) ? "" : this.original.get(n - 1));
		}
		return new SourceLines(kept, this.origins);
	}

	/** Whether the units are a page's text blocks rather than lines of a text. */
	public boolean isBlocks() {
		return this.origins != null;
	}

	/** Where a block came from; null for a line of a text. */
	public LineOrigin origin(int number) {
		return (this.origins != null) ? this.origins.get(number - 1) : null;
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
