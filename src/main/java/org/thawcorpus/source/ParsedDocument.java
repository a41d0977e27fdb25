package org.thawcorpus.source;

import java.util.List;

/**
 * Everything a kind's reader made of one source: plain data, no persistence.
 *
 * @param kind the kind of page recognised
 * @param title the document's title
 * @param sections the body's sections in order; the lead (untitled) first when present
 * @param parts what the kind holds besides its sections (a book's details and reviews, a
 * post's comments), at most one of each type
 * @param notes source-criticism notes, in line order
 * @param lines what each source line became, one per line in order
 */
public record ParsedDocument(DocumentKind kind, String title, List<ParsedSection> sections, List<ParsedPart> parts,
		List<SourceNote> notes, List<LineUse> lines) {

	public ParsedDocument {
		sections = List.copyOf(sections);
		parts = List.copyOf(parts);
		notes = List.copyOf(notes);
		lines = List.copyOf(lines);
	}

	/**
	 * The part of that type.
	 * @throws IllegalArgumentException if the document has none
	 */
	public <P extends ParsedPart> P part(Class<P> type) {
		return this.parts.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"A document of the kind " + this.kind + " has no part " + type.getSimpleName()));
	}

	/** The same document with other notes. */
	public ParsedDocument withNotes(List<SourceNote> notes) {
		return new ParsedDocument(this.kind, this.title, this.sections, this.parts, notes, this.lines);
	}

	/** Lines that no rule accounted for. */
	public List<LineUse> unaccounted() {
		return this.lines.stream().filter((use) -> use.role() == LineRole.UNACCOUNTED).toList();
	}

}
