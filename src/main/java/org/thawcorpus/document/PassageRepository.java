package org.thawcorpus.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The passages of the corpus. */
public interface PassageRepository extends JpaRepository<Passage, Long> {

	List<Passage> findByDocumentIdAndRoleInOrderByPosition(Long documentId, Collection<PassageRole> roles);

	/**
	 * The passages of some roles from one position to another (both included), in order.
	 */
	List<Passage> findByDocumentIdAndRoleInAndPositionBetweenOrderByPosition(Long documentId,
			Collection<PassageRole> roles, int from, int to);

	/**
	 * What a document's reading layout weighs of each passage the reading view shows, in
	 * order: rows of [position, length of the text, role, section position, comment
	 * position, review position], the last three null where they do not apply.
	 */
	@Query("""
			select p.position, length(p.text), p.role, s.position, c.position, r.position
			from Passage p left join p.section s left join p.comment c left join p.review r
			where p.document.id = :documentId and (r.id is null or r.position < :reviewsShown)
			order by p.position""")
	List<Object[]> findLayoutRows(@Param("documentId") Long documentId, @Param("reviewsShown") int reviewsShown);

	/**
	 * Where some passages of a document stand: rows of [anchor, position, review position
	 * or null].
	 */
	@Query("""
			select p.anchor, p.position, r.position from Passage p left join p.review r
			where p.document.id = :documentId and p.anchor in :anchors""")
	List<Object[]> findPlaces(@Param("documentId") Long documentId, @Param("anchors") Collection<String> anchors);

	/**
	 * Where passages of some documents stand, for anchors of those documents (more rows
	 * than asked for may come back): rows of [document id, anchor, position, review
	 * position or null]. By document id, which an index leads with, not by slug: H2 would
	 * read every passage with one of the anchors to find those of the slugs.
	 */
	@Query("""
			select p.document.id, p.anchor, p.position, r.position from Passage p left join p.review r
			where p.document.id in :documentIds and p.anchor in :anchors""")
	List<Object[]> findPlaces(@Param("documentIds") Set<Long> documentIds,
			@Param("anchors") Collection<String> anchors);

	List<Passage> findByReviewIdInOrderByPosition(Collection<Long> reviewIds);

	List<Passage> findByCommentIdInOrderByPosition(Collection<Long> commentIds);

	Optional<Passage> findByDocumentIdAndAnchor(Long documentId, String anchor);

	List<Passage> findByDocumentIdAndAnchorIn(Long documentId, Collection<String> anchors);

	/** The anchors of a document's passages of one role, in order. */
	@Query("select p.anchor from Passage p where p.document.id = :documentId and p.role = :role order by p.position")
	List<String> findAnchors(@Param("documentId") Long documentId, @Param("role") PassageRole role);

}
