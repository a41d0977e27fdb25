package org.thawcorpus.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The passages of the corpus. */
public interface PassageRepository extends JpaRepository<Passage, Long> {

	List<Passage> findByDocumentIdAndRoleInOrderByPosition(Long documentId, Collection<PassageRole> roles);

	List<Passage> findByReviewIdInOrderByPosition(Collection<Long> reviewIds);

	List<Passage> findByCommentIdInOrderByPosition(Collection<Long> commentIds);

	Optional<Passage> findByDocumentIdAndAnchor(Long documentId, String anchor);

}
