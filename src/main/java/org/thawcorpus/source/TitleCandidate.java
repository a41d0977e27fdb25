package org.thawcorpus.source;

/**
 * A title a copy states: its line, the first line the rule read to find it (a series line
 * or heading above the title, else the title's own), whether a cue names it as the title,
 * and how it was found.
 *
 * @param line the title's line
 * @param firstLine the first line the rule read, at or before {@code line}
 * @param cued whether words of the page name this line the title (a tagline under it, the
 * comments header quoting it, "Ratings & Reviews for" over it), not its place alone
 * @param rule how the title was found ("the line above the byline")
 */
public record TitleCandidate(int line, int firstLine, boolean cued, String rule) {

	public TitleCandidate {
		if (firstLine > line || firstLine < 1) {
			throw new IllegalArgumentException("A title's first line " + firstLine + " must be at or before " + line);
		}
	}

	/** A title found by its place on the page, on its own line. */
	public static TitleCandidate at(int line, String rule) {
		return new TitleCandidate(line, line, false, rule);
	}

	/** A title that words of the page name as such, on its own line. */
	public static TitleCandidate cued(int line, String rule) {
		return new TitleCandidate(line, line, true, rule);
	}

}
