package org.thawcorpus.importer.parse;

import org.thawcorpus.document.LineRole;

import java.util.List;

import org.thawcorpus.document.DocumentKind;

/**
 * Everything a parser made of one source text: plain data, no persistence.
 *
 * @param kind the kind of page recognised
 * @param title the document's title
 * @param sections the body's sections in order; the lead (untitled) first when present
 * @param reviews the reviews present (book pages)
 * @param comments the comments present (blog posts)
 * @param commentsClaimed the comment count the page claims, or null
 * @param book the book's details (book pages), or null
 * @param notes source-criticism notes, in line order
 * @param lines what each source line became, one per line in order
 */
public record ParsedDocument(DocumentKind kind, String title, List<ParsedSection> sections, List<ParsedReview> reviews,
		List<ParsedComment> comments, Integer commentsClaimed, ParsedBook book, List<SourceNote> notes,
		List<LineUse> lines) {

	public ParsedDocument {
		sections = List.copyOf(sections);
		reviews = List.copyOf(reviews);
		comments = List.copyOf(comments);
		notes = List.copyOf(notes);
		lines = List.copyOf(lines);
	}

	/** Lines that no rule accounted for. */
	public List<LineUse> unaccounted() {
		return this.lines.stream().filter((use) -> use.role() == LineRole.UNACCOUNTED).toList();
	}

}
