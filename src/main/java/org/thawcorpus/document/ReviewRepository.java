package org.thawcorpus.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The reviews present in book pages. */
public interface ReviewRepository extends JpaRepository<Review, Long> {

	Page<Review> findByDocumentId(Long documentId, Pageable pageable);

	Optional<Review> findByDocumentIdAndAnchor(Long documentId, String anchor);

	/** Where some reviews of a document stand: rows of [anchor, position]. */
	@Query("select r.anchor, r.position from Review r where r.document.id = :documentId and r.anchor in :anchors")
	List<Object[]> findPlaces(@Param("documentId") Long documentId, @Param("anchors") Collection<String> anchors);

	Page<Review> findByDocumentIdAndRating(Long documentId, Integer rating, Pageable pageable);

	Page<Review> findByDocumentIdAndRatingIsNull(Long documentId, Pageable pageable);

	/** Reviews present per rating (null for unrated): rows of [rating, count]. */
	@Query("select r.rating, count(r) from Review r where r.document.id = :documentId group by r.rating")
	List<Object[]> countByRating(Long documentId);

}
