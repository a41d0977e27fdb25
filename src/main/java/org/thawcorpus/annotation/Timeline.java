package org.thawcorpus.annotation;

import java.util.List;

/**
 * The years the corpus mentions.
 *
 * @param years every year with mentions, in order
 * @param chart the bar chart, or null without years
 */
public record Timeline(List<YearCount> years, TimelineChart chart) {

	public Timeline {
		years = List.copyOf(years);
	}

}
