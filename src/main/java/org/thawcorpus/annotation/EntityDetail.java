package org.thawcorpus.annotation;

import org.springframework.data.domain.Page;

/**
 * An entity with one page of its mentions.
 *
 * @param entity the entity with its counts
 * @param mentions one page of its mentions, by document title and position
 */
public record EntityDetail(EntityMentions entity, Page<Mention> mentions) {

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
