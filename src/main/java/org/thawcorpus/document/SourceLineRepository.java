package org.thawcorpus.document;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.thawcorpus.source.LineRole;

/** The lines of the sources as read, and what they became. */
public interface SourceLineRepository extends JpaRepository<SourceLine, SourceLine.Key> {

	Page<SourceLine> findByDocumentIdOrderByLine(Long documentId, Pageable pageable);

	List<SourceLine> findByDocumentIdAndRoleOrderByLine(Long documentId, LineRole role);

}
