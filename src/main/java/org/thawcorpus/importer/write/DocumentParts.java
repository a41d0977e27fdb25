package org.thawcorpus.importer.write;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.Passage;

/**
 * One document being written: persists its parts in order, numbers its passages and
 * citations across sections, reviews and comments, and flushes as it goes so that a large
 * document does not fill the session.
 */
public final class DocumentParts {

	private static final int FLUSH_EVERY = 200;

	private final EntityManager entityManager;

	private final Document document;

	private final List<Passage> passages = new ArrayList<>();

	private int citations;

	private int pending;

	DocumentParts(EntityManager entityManager, Document document) {
		this.entityManager = entityManager;
		this.document = document;
	}

	/** The document written. */
	public Document document() {
		return this.document;
	}

	/** The 0-based position the next passage takes in its document. */
	public int nextPassagePosition() {
		return this.passages.size();
	}

	/** Persists an entity of the document. */
	public void persist(Object entity) {
		this.entityManager.persist(entity);
		if (++this.pending % FLUSH_EVERY == 0) {
			this.entityManager.flush();
		}
	}

	/** Persists a passage and the citations found in it. */
	public void persist(Passage passage, List<FoundCitation> found) {
		persist(passage);
		this.passages.add(passage);
		for (FoundCitation citation : found) {
			persist(new Citation(passage, this.citations++, citation));
		}
	}

	/** The passages written so far, in order. */
	List<Passage> passages() {
		return this.passages;
	}

	/** The citations written so far. */
	int citationCount() {
		return this.citations;
	}

}
