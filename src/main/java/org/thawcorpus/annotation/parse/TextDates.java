package org.thawcorpus.annotation.parse;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.bibliography.FoundCitation;

/**
 * The dates of a passage, each said to date history or a publication: a date inside a
 * citation ("(Gati, 2006)"), inside the title of a work the register names ("Moscow
 * 1956"), or anywhere in an entry of a works-cited list dates a publication. The
 * annotations, the timeline and the search's "year mentioned" facet all read dates
 * through here. Pure function.
 */
public final class TextDates {

	private TextDates() {
	}

	/**
	 * The dates of a text.
	 * @param text the passage's text
	 * @param entities the register's mentions in it, as {@link EntityRecognizer#find}
	 * gives them
	 * @param wholeIsCitation whether the passage is itself a citation (an entry of a
	 * works-cited list)
	 */
	public static List<DateMention> find(String text, List<EntityMention> entities, boolean wholeIsCitation) {
		List<DateMention> found = DateRecognizer.find(text);
		if (found.isEmpty()) {
			return found;
		}
		List<int[]> publications = new ArrayList<>();
		if (wholeIsCitation) {
			publications.add(new int[] { 0, text.length() });
		}
		else {
			for (FoundCitation citation : CitationFinder.scan(text).citations()) {
				publications.add(new int[] { citation.start(), citation.end() });
			}
			for (EntityMention mention : entities) {
				if (mention.entry().type() == EntityType.WORK) {
					publications.add(new int[] { mention.start(), mention.end() });
				}
			}
		}
		List<DateMention> dates = new ArrayList<>(found.size());
		for (DateMention date : found) {
			boolean inside = publications.stream().anyMatch((span) -> span[0] <= date.start() && date.end() <= span[1]);
			dates.add(inside ? date.asPublication() : date);
		}
		return dates;
	}

}
