package org.thawcorpus.source;

/** What a line of a source became. Every line of a source has exactly one role. */
public enum LineRole {

	/** The document's title. */
	TITLE,
	/** A section heading (works-cited headings included). */
	HEADING,
	/** A paragraph of the document's own text. */
	PASSAGE,
	/** A works-cited entry, parsed as a citation. */
	CITATION,
	/**
	 * A review: its header fields (reviewer, stats, shelf, rating, date, spoiler notice)
	 * or a paragraph.
	 */
	REVIEW,
	/** A comment: its header or a paragraph. */
	COMMENT,
	/**
	 * A metadata field of the page: counts claimed, book details, the author, the
	 * histogram.
	 */
	METADATA,
	/** Page furniture: buttons, prompts, navigation, with the label naming it. */
	FURNITURE,
	/** An empty or whitespace-only line. */
	BLANK,
	/** A non-blank line that no parser rule accounted for. */
	UNACCOUNTED

}
