package org.thawcorpus.annotation;

import java.util.List;

/**
 * The years and periods the corpus mentions.
 *
 * @param years every year with mentions (of itself or of a range of years), in order
 * @param periods every period (decade or century) mentioned, in order
 * @param chart the chart, or null without years or periods
 */
public record Timeline(List<YearCount> years, List<PeriodCount> periods, TimelineChart chart) {

	public Timeline {
		years = List.copyOf(years);
		periods = List.copyOf(periods);
	}

}
