package org.thawcorpus.citation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The citations found in the corpus. */
public interface CitationRepository extends JpaRepository<Citation, Long> {

	@EntityGraph(attributePaths = { "passage" })
	List<Citation> findByDocumentIdOrderByPosition(Long documentId);

	@EntityGraph(attributePaths = { "passage" })
	List<Citation> findByPassageIdInOrderByPosition(Collection<Long> passageIds);

	/**
	 * A page of the ids of every citation, in the order of the list of citations: by
	 * document title, each document's citations together and in order. An index gives the
	 * order, so a page reads no more rows than it skips and shows.
	 */
	@Query(value = "select c.id from Citation c order by c.documentTitle, c.document.id, c.position",
			countQuery = "select count(c) from Citation c")
	Page<Long> findListedIds(Pageable pageable);

	/** Every citation, in the order of the list of citations, for export. */
	@EntityGraph(attributePaths = { "document", "passage" })
	@Query("select c from Citation c order by c.documentTitle, c.document.id, c.position")
	List<Citation> findAllListed();

	/** Some citations with their documents and passages, in no order. */
	@EntityGraph(attributePaths = { "document", "passage" })
	List<Citation> findByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = { "document", "passage" })
	List<Citation> findByWorkKeyOrderByDocumentTitleAscPositionAsc(String workKey);

	@EntityGraph(attributePaths = { "document", "passage" })
	List<Citation> findByIsbn13OrderByDocumentTitleAscPositionAsc(String isbn13);

}
