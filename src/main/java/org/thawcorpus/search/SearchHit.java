package org.thawcorpus.search;

import java.util.Locale;

import org.thawcorpus.source.DocumentKind;

/**
 * One result: a passage or citation, where to read it, and its matches in context.
 *
 * @param documentSlug its document's slug
 * @param documentTitle its document's title
 * @param documentKind its document's kind
 * @param part what it is
 * @param anchor the anchor of the passage (for a citation, the passage it stands in)
 * @param citationId the citation's id, or null for a passage
 * @param citationNumber the citation's number in its document, or null
 * @param link the passage in its document, the query's matches highlighted
 * @param snippet the matches in context
 */
public record SearchHit(String documentSlug, String documentTitle, DocumentKind documentKind, Part part, String anchor,
		Long citationId, Integer citationNumber, String link, Snippet snippet) {

	/**
	 * How the hit is named in a list: "Passage p3", "Review paragraph r2-1", "Citation
	 * [3] in p3".
	 */
	public String label() {
		return switch (this.part) {
			case TEXT -> "Passage " + this.anchor;
			case WORKS_CITED -> "Works cited " + this.anchor;
			case REVIEW -> "Review paragraph " + this.anchor;
			case COMMENT -> "Comment paragraph " + this.anchor;
			case CITATION -> "Citation [" + this.citationNumber + "] in " + this.anchor;
		};
	}

	/**
	 * The hit's kind in the JSON API: "text", "works-cited", "review", "comment" or
	 * "citation".
	 */
	public String kind() {
		return this.part.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
