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
 * @param period whether it names a period, a decade or a century ("the early 1950s", "the
 * 19th century"), or a range with one at either end, rather than years, months or days
 * @param publication whether it stands in a citation or the title of a work ("Moscow
 * 1956"), where it dates a publication rather than history
 */
public record DateMention(int start, int end, String text, int fromYear, int toYear, String normalized, boolean period,
		boolean publication) {

	/**
	 * A period longer than this many years counts for its first and last years only, not
	 * every year between, on the timeline and in the search's "year mentioned" facet.
	 */
	public static final int LONGEST_SPREAD = 50;

	/** A date or period of history, as the recogniser finds it. */
	public DateMention(int start, int end, String text, int fromYear, int toYear, String normalized, boolean period) {
		this(start, end, text, fromYear, toYear, normalized, period, false);
	}

	/** The years the mention counts for, in order. */
	public List<Integer> yearsCovered() {
		int from = Math.min(this.fromYear, this.toYear);
		int to = Math.max(this.fromYear, this.toYear);
		if (to - from > LONGEST_SPREAD) {
			return List.of(from, to);
		}
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	/**
	 * The values it counts for in the search's "year mentioned" facet: a period is one
	 * value, its first and last years ("1950/1959"); anything else counts for each year
	 * it covers ("1956"); a publication for none.
	 */
	public List<String> facetValues() {
		if (this.publication) {
			return List.of();
		}
		if (this.period) {
			return List.of(Periods.key(this.fromYear, this.toYear));
		}
		return yearsCovered().stream().map(String::valueOf).toList();
	}

	/** The same mention, as a date of publication. */
	public DateMention asPublication() {
		return new DateMention(this.start, this.end, this.text, this.fromYear, this.toYear, this.normalized,
				this.period, true);
	}

}
