package org.thawcorpus.book;

import org.springframework.data.jpa.repository.JpaRepository;

/** What book pages show about their books. */
public interface BookDetailsRepository extends JpaRepository<BookDetails, Long> {

}
