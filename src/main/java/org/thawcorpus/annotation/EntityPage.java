package org.thawcorpus.annotation;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * Everything an entity's page shows.
 *
 * @param entity the entity, its spellings loaded
 * @param documents the documents that mention it, with their counts
 * @param mentions one page of its mentions in context
 */
public record EntityPage(NamedEntity entity, List<DocumentCount> documents, Page<MentionView> mentions) {

	public EntityPage {
		documents = List.copyOf(documents);
	}

	/** The entity's mentions in all documents. */
	public long total() {
		return this.documents.stream().mapToLong(DocumentCount::mentions).sum();
	}

}
