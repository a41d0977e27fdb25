package org.thawcorpus.source;

/** The kinds of source-criticism notes a careful reader makes about a copy. */
public enum NoteKind {

	/** The page claims more (or fewer) reviews or comments than the copy holds. */
	CLAIMED_VS_PRESENT,
	/** A citation opened with one kind of bracket and closed with another. */
	BRACKET_MISMATCH,
	/**
	 * A closing or opening bracket with no partner, such as a footnote marker's remains.
	 */
	STRAY_BRACKET,
	/** A works-cited section with no entries. */
	EMPTY_WORKS_CITED,
	/** A review the page hid because of spoilers. */
	SPOILER_HIDDEN,
	/** A histogram whose printed percentages do not match its counts. */
	HISTOGRAM_MISMATCH,
	/**
	 * The star ratings of the reviews a copy holds differ markedly from the page's
	 * histogram of all ratings: the reviews present are no fair sample of the readers'
	 * verdict.
	 */
	STARS_VS_HISTOGRAM,
	/** A date or number that could not be read. */
	UNREADABLE_VALUE,
	/** A citation field the parser was unsure of, or an invalid ISBN. */
	CITATION_UNCERTAIN,
	/**
	 * An editor's mark left in the text that a claim wants a source or clarification
	 * ("[citation needed]", "[when?]").
	 */
	CITATION_NEEDED,
	/**
	 * The copy states no title where pages state one, and the title was taken from its
	 * first line of text.
	 */
	TITLE_FROM_FIRST_LINE,
	/** The file matched no kind of page well and was imported as plain text. */
	PLAIN_TEXT_FALLBACK,
	/** Any other observation about the copy. */
	OTHER

}
