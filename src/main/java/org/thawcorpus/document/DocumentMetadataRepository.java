package org.thawcorpus.document;

import org.springframework.data.jpa.repository.JpaRepository;

/** The metadata researchers supplied for documents. */
public interface DocumentMetadataRepository extends JpaRepository<DocumentMetadata, Long> {

}
