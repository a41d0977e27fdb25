package org.thawcorpus.annotation;

import java.util.List;

/**
 * An entity with its spellings and how often the corpus mentions it.
 *
 * @param entity the entity
 * @param variants its spellings, canonical name first
 * @param mentionCount its mentions in all documents
 * @param documentCount the documents that mention it
 */
public record EntityMentions(NamedEntity entity, List<String> variants, long mentionCount, long documentCount) {

	public EntityMentions {
		variants = List.copyOf(variants);
	}

}
