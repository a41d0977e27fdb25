package org.thawcorpus.search;

import java.util.List;
import java.util.TreeSet;

import org.thawcorpus.annotation.parse.DateMention;
import org.thawcorpus.annotation.parse.DateRecognizer;

/** The years a text mentions, for the "year mentioned" facet. */
final class YearsMentioned {

	/**
	 * A period longer than this counts for its first and last years only, not every year
	 * between.
	 */
	static final int LONGEST_PERIOD = 30;

	private YearsMentioned() {
	}

	/** Every year the dates and periods of a text cover, in order, each once. */
	static List<Integer> in(String text) {
		TreeSet<Integer> years = new TreeSet<>();
		for (DateMention mention : DateRecognizer.find(text)) {
			int from = Math.min(mention.fromYear(), mention.toYear());
			int to = Math.max(mention.fromYear(), mention.toYear());
			if (to - from > LONGEST_PERIOD) {
				years.add(from);
				years.add(to);
			}
			else {
				for (int year = from; year <= to; year++) {
					years.add(year);
				}
			}
		}
		return List.copyOf(years);
	}

}
