package org.thawcorpus.annotation;

import org.thawcorpus.citation.Citation;

/**
 * A citation that names an entity, as the entity's page lists it.
 *
 * @param id the citation's id
 * @param documentSlug the citing document's slug
 * @param documentTitle its title
 * @param number the citation's number in the document
 * @param text the cited work's title, or the citation's text when no title was read
 */
public record CitingView(long id, String documentSlug, String documentTitle, int number, String text) {

	static CitingView of(Citation c) {
		return new CitingView(c.getId(), c.getDocument().getSlug(), c.getDocument().getTitle(), c.getPosition() + 1,
				(c.getTitle() != null) ? c.getTitle() : c.getRaw());
	}

}
