package org.thawcorpus.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The passages of the corpus. */
public interface PassageRepository extends JpaRepository<Passage, Long> {

	List<Passage> findByDocumentIdAndRoleInOrderByPosition(Long documentId, Collection<PassageRole> roles);

	List<Passage> findByReviewIdInOrderByPosition(Collection<Long> reviewIds);

	List<Passage> findByCommentIdInOrderByPosition(Collection<Long> commentIds);

	Optional<Passage> findByDocumentIdAndAnchor(Long documentId, String anchor);

	/** The text of every passage of a document: body, reviews and comments alike. */
	@Query("select p.text from Passage p where p.document.id = :documentId")
	List<String> findTextsByDocumentId(@Param("documentId") Long documentId);

}
