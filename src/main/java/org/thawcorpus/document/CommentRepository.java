package org.thawcorpus.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The comments of blog posts. */
public interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByDocumentIdOrderByPosition(Long documentId);

	/** The comments from one position to another (both included), in order. */
	List<Comment> findByDocumentIdAndPositionBetweenOrderByPosition(Long documentId, int from, int to);

	@Query("select c.position from Comment c where c.document.id = :documentId order by c.position")
	List<Integer> findPositions(@Param("documentId") Long documentId);

	/** Where some comments of a document stand: rows of [anchor, position]. */
	@Query("select c.anchor, c.position from Comment c where c.document.id = :documentId and c.anchor in :anchors")
	List<Object[]> findPlaces(@Param("documentId") Long documentId, @Param("anchors") Collection<String> anchors);

}
