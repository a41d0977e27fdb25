package org.thawcorpus.search;

import java.util.List;
import java.util.TreeSet;

import org.thawcorpus.annotation.parse.DateMention;
import org.thawcorpus.annotation.parse.DateRecognizer;

/** The years a text mentions, for the "year mentioned" facet. */
final class YearsMentioned {

	private YearsMentioned() {
	}

	/** Every year the dates and periods of a text cover, in order, each once. */
	static List<Integer> in(String text) {
		TreeSet<Integer> years = new TreeSet<>();
		for (DateMention mention : DateRecognizer.find(text)) {
			years.addAll(mention.yearsCovered());
		}
		return List.copyOf(years);
	}

}
