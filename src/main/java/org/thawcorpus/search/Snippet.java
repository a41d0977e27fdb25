package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.search.MatchRanges.Range;

/**
 * Keyword-in-context lines cut from a text around its matches: each line a window of
 * words before and after one or more matches, the matches marked.
 *
 * @param lines the lines, in text order
 */
public record Snippet(List<Line> lines) {

	/** Characters of context wanted on each side of a match. */
	static final int CONTEXT = 70;

	/** A text no longer than this is shown whole. */
	static final int WHOLE = 2 * CONTEXT + 60;

	static final int MAX_LINES = 3;

	/** Matches close together share a line up to this length. */
	static final int LONGEST_LINE = 4 * CONTEXT;

	public Snippet {
		lines = List.copyOf(lines);
	}

	/**
	 * One line of context.
	 *
	 * @param cutBefore whether text before the line is left out
	 * @param cutAfter whether text after the line is left out
	 * @param runs the line's text, cut at the edges of its matches
	 */
	public record Line(boolean cutBefore, boolean cutAfter, List<Run> runs) {

		public Line {
			runs = List.copyOf(runs);
		}

		/** The line's text, with "…" where text is left out. */
		public String text() {
			StringBuilder b = new StringBuilder(this.cutBefore ? "…" : "");
			this.runs.forEach((r) -> b.append(r.text()));
			return b.append(this.cutAfter ? "…" : "").toString();
		}

		/** Offsets of the matches in {@link #text()}. */
		public List<Range> matches() {
			List<Range> matches = new ArrayList<>();
			int at = this.cutBefore ? 1 : 0;
			for (Run run : this.runs) {
				if (run.hit()) {
					matches.add(new Range(at, at + run.text().length()));
				}
				at += run.text().length();
			}
			return matches;
		}

	}

	/**
	 * A run of text, a match or not.
	 *
	 * @param text the run's text
	 * @param hit whether it matched the query
	 */
	public record Run(String text, boolean hit) {

	}

	/** The lines joined by spaces (each cut line shows "…" where text is left out). */
	public String text() {
		return String.join(" ", this.lines.stream().map(Line::text).toList());
	}

	/** Offsets of the matches in {@link #text()}. */
	public List<Range> matches() {
		List<Range> matches = new ArrayList<>();
		int at = 0;
		for (Line line : this.lines) {
			for (Range match : line.matches()) {
				matches.add(new Range(at + match.start(), at + match.end()));
			}
			at += line.text().length() + 1;
		}
		return matches;
	}

	/**
	 * Lines around the matches of a text, at most {@value #MAX_LINES}; a text without
	 * matches gives its beginning.
	 */
	static Snippet of(String text, List<Range> matches) {
		if (text.length() <= WHOLE) {
			return new Snippet(List.of(line(text, 0, text.length(), matches, false, false)));
		}
		if (matches.isEmpty()) {
			int end = wordEnd(text, 2 * CONTEXT, CONTEXT);
			return new Snippet(List.of(line(text, 0, end, matches, false, end < text.length())));
		}
		List<Range> windows = new ArrayList<>();
		for (Range match : matches) {
			int start = wordStart(text, match.start() - CONTEXT, match.start());
			int end = wordEnd(text, match.end() + CONTEXT, match.end());
			Range last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
			if (last != null && start <= last.end() + 1 && end - last.start() <= LONGEST_LINE) {
				windows.set(windows.size() - 1, new Range(last.start(), Math.max(last.end(), end)));
			}
			else if (last != null && match.end() <= last.end()) {
				continue;
			}
			else if (windows.size() < MAX_LINES) {
				int from = (last != null) ? Math.min(match.start(), Math.max(start, last.end() + 1)) : start;
				windows.add(new Range(from, end));
			}
			else {
				break;
			}
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			Range w = windows.get(i);
			boolean cutBefore = w.start() > ((i == 0) ? 0 : windows.get(i - 1).end() + 1);
			boolean cutAfter = w.end() < ((i == windows.size() - 1) ? text.length() : windows.get(i + 1).start() - 1);
			lines.add(line(text, w.start(), w.end(), matches, cutBefore, cutAfter));
		}
		return new Snippet(lines);
	}

	private static Line line(String text, int start, int end, List<Range> matches, boolean cutBefore,
			boolean cutAfter) {
		List<Run> runs = new ArrayList<>();
		int at = start;
		for (Range match : matches) {
			int from = Math.max(match.start(), start);
			int to = Math.min(match.end(), end);
			if (to <= from || from < at) {
				continue;
			}
			if (from > at) {
				runs.add(new Run(text.substring(at, from), false));
			}
			runs.add(new Run(text.substring(from, to), true));
			at = to;
		}
		if (at < end) {
			runs.add(new Run(text.substring(at, end), false));
		}
		return new Line(cutBefore, cutAfter, runs);
	}

	/**
	 * The start of the first whole word at or after {@code at}, at most {@code limit}.
	 */
	private static int wordStart(String text, int at, int limit) {
		if (at <= 0) {
			return 0;
		}
		int i = at;
		while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
			i++;
		}
		return i;
	}

	/** The end of the last whole word at or before {@code at}, at least {@code limit}. */
	private static int wordEnd(String text, int at, int limit) {
		if (at >= text.length()) {
			return text.length();
		}
		int i = at;
		while (i > limit && !Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i;
	}

}
