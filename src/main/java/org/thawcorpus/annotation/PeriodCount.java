package org.thawcorpus.annotation;

import org.thawcorpus.annotation.parse.Periods;

/**
 * A period on the timeline: a decade or a century (or a range between them) that the
 * corpus mentions, counted once, not as every year it covers.
 *
 * @param from its first year
 * @param to its last year
 * @param mentions the mentions that name it
 * @param passages the passages with such mentions
 * @param documents the documents with such mentions
 */
public record PeriodCount(int from, int to, long mentions, long passages, long documents) {

	/** How the period reads: "1950s", "early 1950s", "19th century". */
	public String label() {
		return Periods.label(this.from, this.to);
	}

	/** The address of its mentions. */
	public String path() {
		return TimelineController.periodPath(this.from, this.to);
	}

}
