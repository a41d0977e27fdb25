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
		return read(text).find(entities, wholeIsCitation);
	}

	/**
	 * The dates of a text and the citations around them, read once, to be told apart
	 * against more than one list of mentions.
	 */
	public static Read read(String text) {
		return new Read(text, DateRecognizer.find(text));
	}

	/** The dates found in a text, not yet told apart. */
	public static final class Read {

		private final String text;

		private final List<DateMention> found;

		private List<int[]> citations;

		private Read(String text, List<DateMention> found) {
			this.text = text;
			this.found = found;
		}

		/**
		 * The dates, each said to date history or a publication.
		 * @param entities the register's mentions in the text
		 * @param wholeIsCitation whether the text is itself a citation
		 */
		public List<DateMention> find(List<EntityMention> entities, boolean wholeIsCitation) {
			if (this.found.isEmpty()) {
				return this.found;
			}
			List<int[]> publications = new ArrayList<>();
			if (wholeIsCitation) {
				publications.add(new int[] { 0, this.text.length() });
			}
			else {
				publications.addAll(citations());
				for (EntityMention mention : entities) {
					if (mention.entry().type() == EntityType.WORK) {
						publications.add(new int[] { mention.start(), mention.end() });
					}
				}
			}
			List<DateMention> dates = new ArrayList<>(this.found.size());
			for (DateMention date : this.found) {
				boolean inside = publications.stream()
					.anyMatch((span) -> span[0] <= date.start() && date.end() <= span[1]);
				dates.add(inside ? date.asPublication() : date);
			}
			return dates;
		}

		private List<int[]> citations() {
			if (this.citations == null) {
				this.citations = new ArrayList<>();
				for (FoundCitation citation : CitationFinder.scan(this.text).citations()) {
					this.citations.add(new int[] { citation.start(), citation.end() });
				}
			}
			return this.citations;
		}

	}

}
