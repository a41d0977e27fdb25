package org.thawcorpus.citation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The citations found in the corpus. */
public interface CitationRepository extends JpaRepository<Citation, Long> {

	@EntityGraph(attributePaths = { "passage" })
	List<Citation> findByDocumentIdOrderByPosition(Long documentId);

	@EntityGraph(attributePaths = { "passage" })
	List<Citation> findByPassageIdInOrderByPosition(Collection<Long> passageIds);

	@EntityGraph(attributePaths = { "document", "passage" })
	Page<Citation> findAllByOrderByDocumentTitleAscPositionAsc(Pageable pageable);

	@EntityGraph(attributePaths = { "document", "passage" })
	List<Citation> findByWorkKeyOrderByDocumentTitleAscPositionAsc(String workKey);

	@EntityGraph(attributePaths = { "document", "passage" })
	List<Citation> findByIsbn13OrderByDocumentTitleAscPositionAsc(String isbn13);

}
