package org.thawcorpus.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The comments of blog posts. */
public interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByDocumentIdOrderByPosition(Long documentId);

}
