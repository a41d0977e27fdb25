package org.thawcorpus.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The sections of documents. */
public interface SectionRepository extends JpaRepository<Section, Long> {

	List<Section> findByDocumentIdOrderByPosition(Long documentId);

	/** The sections from one position to another (both included), in order. */
	List<Section> findByDocumentIdAndPositionBetweenOrderByPosition(Long documentId, int from, int to);

	/**
	 * A document's headings in order: rows of [position, length of the title or null].
	 */
	@Query("select s.position, length(s.title) from Section s where s.document.id = :documentId order by s.position")
	List<Object[]> findHeadings(@Param("documentId") Long documentId);

	/** A page of a document's titled sections, in order. */
	Page<Section> findByDocumentIdAndTitleIsNotNullOrderByPosition(Long documentId, Pageable pageable);

	Optional<Section> findFirstByDocumentIdAndHeadingLine(Long documentId, Integer headingLine);

	List<Section> findByDocumentIdAndHeadingLineIn(Long documentId, Collection<Integer> headingLines);

}
