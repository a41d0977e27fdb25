package org.thawcorpus.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param place where it stands, as a reader names it
 */
public record SearchHit(String documentSlug, String documentTitle, DocumentKind documentKind, Part part, String anchor,
		Long citationId, Integer citationNumber, String link, Snippet snippet, Place place) {

	private static final Pattern PARAGRAPH = Pattern.compile("[rc]\\d+-(\\d+)");

	/**
	 * Where a passage stands, as a reader names it.
	 *
	 * @param section its section's title (or the lead's name), or null
	 * @param lead whether the section is the untitled lead
	 * @param reviewer the reviewer, or null outside reviews
	 * @param commenter the comment's author, or null
	 * @param commentNumber the comment's number, or null
	 */
	public record Place(String section, boolean lead, String reviewer, String commenter, Integer commentNumber) {

	}

	/**
	 * How the hit is named in a list, as a reader names it: "Section “Economy”", "Review
	 * by Jovan, paragraph 3", "Comment by Kelly", "Comment 2", "Works cited", "Citation
	 * [3] in the review by Jovan".
	 */
	public String label() {
		return label(this.part, this.anchor, this.citationNumber, this.place);
	}

	/** How a passage or citation is named, as {@link #label()}. */
	static String label(Part part, String anchor, Integer citationNumber, Place place) {
		return switch (part) {
			case TEXT -> section(place);
			case WORKS_CITED -> "Works cited";
			case REVIEW -> review(place) + paragraph(anchor);
			case COMMENT -> comment(place, "Comment") + paragraph(anchor);
			case CITATION -> "Citation [" + citationNumber + "] in " + citedIn(place);
		};
	}

	private static String section(Place place) {
		if (place.section() == null) {
			return "Text";
		}
		return place.lead() ? place.section() : "Section “" + place.section() + "”";
	}

	private static String review(Place place) {
		return (place.reviewer() != null) ? "Review by " + place.reviewer() : "Review";
	}

	/** "Comment by Kelly", "comment 2": a comment, named with the given word. */
	private static String comment(Place place, String word) {
		if (place.commenter() != null) {
			return word + " by " + place.commenter();
		}
		return (place.commentNumber() != null) ? word + " " + place.commentNumber() : word;
	}

	/** ", paragraph 3" for a review's or comment's paragraph after its first. */
	private static String paragraph(String anchor) {
		Matcher m = PARAGRAPH.matcher(anchor);
		return (m.matches() && !m.group(1).equals("1")) ? ", paragraph " + m.group(1) : "";
	}

	private static String citedIn(Place place) {
		if (place.reviewer() != null) {
			return "the review by " + place.reviewer();
		}
		if (place.commenter() != null || place.commentNumber() != null) {
			return comment(place, "comment");
		}
		if (place.section() != null) {
			return place.lead() ? "the " + place.section().toLowerCase(Locale.ROOT)
					: "section “" + place.section() + "”";
		}
		return "the text";
	}

	/**
	 * The hit's kind in the JSON API: "text", "works-cited", "review", "comment" or
	 * "citation".
	 */
	public String kind() {
		return this.part.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
