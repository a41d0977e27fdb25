package org.thawcorpus.annotation;

import java.util.List;

/**
 * An entity with every mention.
 *
 * @param entity the entity with its counts
 * @param mentions every mention, by document title and position
 */
public record EntityDetail(EntityMentions entity, List<Mention> mentions) {

	public EntityDetail {
		mentions = List.copyOf(mentions);
	}

	/**
	 * A mention.
	 *
	 * @param documentSlug the document's slug
	 * @param anchor the passage's anchor
	 * @param text the mention as written
	 * @param start offset of its first character in the passage's text
	 * @param end offset just after its last
	 */
	public record Mention(String documentSlug, String anchor, String text, int start, int end) {

	}

}
