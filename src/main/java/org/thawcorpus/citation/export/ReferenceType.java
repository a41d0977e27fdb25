package org.thawcorpus.citation.export;

/** The kind of work a reference points to, as the export formats distinguish them. */
public enum ReferenceType {

	/** A book, authored or edited. */
	BOOK,

	/** A chapter or essay in an edited book (the book is the container). */
	CHAPTER,

	/**
	 * An article in a journal, magazine or newspaper (the periodical is the container).
	 */
	ARTICLE,

	/** A web page or a passage of one (the site is the container). */
	WEBPAGE,

	/** Anything else: a report, a pamphlet, an archival document. */
	OTHER

}
