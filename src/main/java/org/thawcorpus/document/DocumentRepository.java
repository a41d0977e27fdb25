package org.thawcorpus.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The documents of the corpus. */
public interface DocumentRepository extends JpaRepository<Document, Long> {

	Optional<Document> findBySlug(String slug);

	Optional<Document> findBySourcePath(String sourcePath);

	boolean existsBySlug(String slug);

	List<Document> findByWorkKey(String workKey);

	Page<Document> findAllByOrderByTitleAsc(Pageable pageable);

}
