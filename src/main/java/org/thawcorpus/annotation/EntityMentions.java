package org.thawcorpus.annotation;

import java.util.List;

/**
 * An entity with its spellings and its mentions per document.
 *
 * @param entity the entity
 * @param variants its spellings, canonical name first
 * @param documents the documents that mention it, with their counts
 */
public record EntityMentions(NamedEntity entity, List<String> variants, List<DocumentCount> documents) {

	public EntityMentions {
		variants = List.copyOf(variants);
		documents = List.copyOf(documents);
	}

	public long mentionCount() {
		return this.documents.stream().mapToLong(DocumentCount::mentions).sum();
	}

}
