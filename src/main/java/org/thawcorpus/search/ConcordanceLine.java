package org.thawcorpus.search;

import java.util.List;

import org.thawcorpus.source.DocumentKind;

/**
 * One line of a concordance: a match with its context either side, and where it stands.
 *
 * @param document the document's slug
 * @param title the document's title
 * @param kind the document's kind
 * @param part what the passage is
 * @param anchor the passage's anchor
 * @param label where it stands, as a reader names it ("Review by Jovan")
 * @param left the context before the match, line breaks as spaces
 * @param hit the match as written
 * @param right the context after it
 * @param line the passage's first line in the source
 * @param reviewer the reviewer, or null outside reviews
 * @param written the year the passage was written, or null
 * @param mentioned the years and periods its passage mentions
 * @param position the passage's position in the document
 * @param reviewPosition the position of its review in the document, or null outside
 * reviews
 * @param citationNumber the citation's number, or null for a passage
 * @param start the match's offset in the passage's (or citation's) text
 * @param permalink the lasting address of the passage
 */
public record ConcordanceLine(String document, String title, DocumentKind kind, Part part, String anchor, String label,
		String left, String hit, String right, Integer line, String reviewer, String written, List<String> mentioned,
		int position, Integer reviewPosition, Integer citationNumber, int start, String permalink) {

	public ConcordanceLine {
		mentioned = List.copyOf(mentioned);
	}

	/** The whole line: left context, match and right context. */
	public String text() {
		return this.left + this.hit + this.right;
	}

}
