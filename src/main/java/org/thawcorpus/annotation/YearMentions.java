package org.thawcorpus.annotation;

import java.util.List;

/**
 * A year with the mentions that cover it.
 *
 * @param year the year
 * @param mentions the mentions, by document and position
 */
public record YearMentions(int year, List<Mention> mentions) {

	public YearMentions {
		mentions = List.copyOf(mentions);
	}

	/**
	 * A date mention.
	 *
	 * @param documentSlug the document's slug
	 * @param anchor the passage's anchor
	 * @param text the mention as written
	 * @param normalized its ISO 8601 form
	 */
	public record Mention(String documentSlug, String anchor, String text, String normalized) {

	}

}
