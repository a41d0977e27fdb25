package org.thawcorpus.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sections of documents. */
public interface SectionRepository extends JpaRepository<Section, Long> {

	List<Section> findByDocumentIdOrderByPosition(Long documentId);

}
