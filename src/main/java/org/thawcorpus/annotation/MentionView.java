package org.thawcorpus.annotation;

import org.thawcorpus.document.PassageLinks;

/**
 * A mention as the entity and timeline pages list it.
 *
 * @param documentSlug the document's slug
 * @param documentTitle the document's title
 * @param anchor the passage's anchor
 * @param href where the passage is read (a review beyond the reading view's first page is
 * read on the reviews page)
 * @param context the mention in its context
 * @param layer the mention's layer
 * @param entityId the entity named, or null for a date
 * @param entityName the entity's name, or null
 * @param normalized a date's ISO 8601 form, or null
 */
public record MentionView(String documentSlug, String documentTitle, String anchor, String href, Kwic context,
		Layer layer, String entityId, String entityName, String normalized) {

	static final int CONTEXT_WIDTH = 80;

	/** The view of an annotation whose passage, review and document are loaded. */
	static MentionView of(Annotation a, PassageLinks links) {
		var passage = a.getPassage();
		var document = a.getDocument();
		String href = links.of(passage, null);
		NamedEntity entity = a.getEntity();
		return new MentionView(document.getSlug(), document.getTitle(), passage.getAnchor(), href,
				Kwic.of(passage.getText(), a.getStartOffset(), a.getEndOffset(), CONTEXT_WIDTH), a.getLayer(),
				(entity != null) ? entity.getId() : null, (entity != null) ? entity.getName() : null,
				a.getNormalized());
	}

}
