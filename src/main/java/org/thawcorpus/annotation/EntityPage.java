package org.thawcorpus.annotation;

import org.springframework.data.domain.Page;

/**
 * Everything an entity's page shows.
 *
 * @param entity the entity, its spellings loaded
 * @param documents the first documents (by title) that mention it, with their counts, and
 * how many there are in all
 * @param total its mentions in all documents
 * @param citing the first citations that name it, and how many there are in all
 * @param mentions one page of its mentions in context
 */
public record EntityPage(NamedEntity entity, Page<DocumentCount> documents, long total, Page<CitingView> citing,
		Page<MentionView> mentions) {

	/** The documents that mention it and are not listed. */
	public long moreDocuments() {
		return this.documents.getTotalElements() - this.documents.getNumberOfElements();
	}

	/** The citations that name it and are not listed. */
	public long moreCiting() {
		return this.citing.getTotalElements() - this.citing.getNumberOfElements();
	}

}
