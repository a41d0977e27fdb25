package org.thawcorpus.annotation.parse;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A date or period mentioned in a text, normalised.
 *
 * @param start offset of the mention's first character
 * @param end offset just after its last character
 * @param text the mention as written
 * @param fromYear the first year the mention covers
 * @param toYear the last year it covers (equal to {@code fromYear} for a single year or
 * date)
 * @param normalized an ISO 8601 form: "1956", "1956-02", "1956-02-25", "1956-10/1956-11",
 * "1950/1953"
 */
public record DateMention(int start, int end, String text, int fromYear, int toYear, String normalized) {

	/**
	 * A period longer than this many years counts for its first and last years only, not
	 * every year between, on the timeline and in the search's "year mentioned" facet.
	 */
	public static final int LONGEST_SPREAD = 50;

	/** The years the mention counts for, in order. */
	public List<Integer> yearsCovered() {
		int from = Math.min(this.fromYear, this.toYear);
		int to = Math.max(this.fromYear, this.toYear);
		if (to - from > LONGEST_SPREAD) {
			return List.of(from, to);
		}
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

}
