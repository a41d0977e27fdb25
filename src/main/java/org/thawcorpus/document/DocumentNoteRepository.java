package org.thawcorpus.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Source-criticism notes on documents. */
public interface DocumentNoteRepository extends JpaRepository<DocumentNote, Long> {

	List<DocumentNote> findByDocumentIdOrderByPosition(Long documentId);

}
