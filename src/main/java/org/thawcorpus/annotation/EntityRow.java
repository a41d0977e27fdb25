package org.thawcorpus.annotation;

import java.util.List;

/**
 * An entity in its layer's index: its mentions, in all and per document.
 *
 * @param entity the entity and its number of mentions
 * @param documents the documents that mention it, with their counts
 */
public record EntityRow(EntityCount entity, List<DocumentCount> documents) {

	/** Documents listed in an index row; the entity's page lists them all. */
	static final int DOCUMENTS_SHOWN = 10;

	public EntityRow {
		documents = List.copyOf(documents);
	}

	/** The documents the index lists: the first few, by title. */
	public List<DocumentCount> shownDocuments() {
		return this.documents.subList(0, Math.min(DOCUMENTS_SHOWN, this.documents.size()));
	}

	/** The documents left out of the index row. */
	public int moreDocuments() {
		return this.documents.size() - shownDocuments().size();
	}

}
