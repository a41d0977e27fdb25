package org.thawcorpus.annotation;

/**
 * A date mention as the timeline's JSON gives it.
 *
 * @param documentSlug the document's slug
 * @param anchor the passage's anchor
 * @param text the mention as written
 * @param normalized its ISO 8601 form
 */
public record TimelineMention(String documentSlug, String anchor, String text, String normalized) {

	static TimelineMention of(Annotation a) {
		return new TimelineMention(a.getDocument().getSlug(), a.getPassage().getAnchor(), a.getMatchedText(),
				a.getNormalized());
	}

}
