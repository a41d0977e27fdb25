package org.thawcorpus.document;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who wrote a document, when, and where it appeared, as its source states it.
 *
 * @param author the author, or null
 * @param published the day of publication, or null
 * @param site the blog or site, or null
 * @param url the page's own address as the source states it (a saved page's canonical
 * link), or null
 */
@Embeddable
public record Byline(@Column(name = "byline_author") String author,
		@Column(name = "byline_published") LocalDate published, @Column(name = "byline_site") String site,
		@Column(name = "byline_url") String url) {

	/** A byline without an address. */
	public Byline(String author, LocalDate published, String site) {
		this(author, published, site, null);
	}

}
