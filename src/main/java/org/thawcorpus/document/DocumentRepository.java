package org.thawcorpus.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.thawcorpus.system.NotFoundException;

/** The documents of the corpus. */
public interface DocumentRepository extends JpaRepository<Document, Long> {

	Optional<Document> findBySlug(String slug);

	/**
	 * The document with that slug.
	 * @throws NotFoundException if there is none
	 */
	default Document getBySlug(String slug) {
		return findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no document \"" + slug + "\" in the corpus."));
	}

	Optional<Document> findBySourcePath(String sourcePath);

	boolean existsBySlug(String slug);

	List<Document> findByWorkKey(String workKey);

	/** The ids of the documents with some slugs: rows of [id, slug]. */
	@Query("select d.id, d.slug from Document d where d.slug in :slugs")
	List<Object[]> findIdsBySlugIn(@Param("slugs") Collection<String> slugs);

	/** The ids of the documents with some slugs, by slug (those not found left out). */
	default Map<String, Long> idsBySlug(Collection<String> slugs) {
		Map<String, Long> ids = new HashMap<>();
		if (!slugs.isEmpty()) {
			findIdsBySlugIn(slugs).forEach((row) -> ids.put((String) row[1], (Long) row[0]));
		}
		return ids;
	}

	/**
	 * A page of the documents in the order of the lists: by the start of their titles
	 * ({@link Document#titleSort(String)}), then by id, as an index gives them.
	 */
	Page<Document> findAllByOrderByTitleSortAscIdAsc(Pageable pageable);

}
