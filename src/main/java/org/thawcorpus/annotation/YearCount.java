package org.thawcorpus.annotation;

/**
 * A year on the timeline.
 *
 * @param year the year
 * @param mentions the date mentions that cover it
 * @param named those that give the year itself (or a month or day of it), not a longer
 * period
 * @param passages the passages with such mentions
 * @param documents the documents with such mentions
 */
public record YearCount(int year, long mentions, long named, long passages, long documents) {

	/** The mentions of a longer period that covers the year ("1953 until 1964"). */
	public long withinPeriods() {
		return this.mentions - this.named;
	}

}
