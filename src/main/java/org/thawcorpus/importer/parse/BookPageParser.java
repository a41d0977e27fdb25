package org.thawcorpus.importer.parse;

/**
 * Parses a copy of a book page: the book's title, description and details, its author,
 * the star histogram, and each review present with its reviewer, date, rating and shelf.
 */
public final class BookPageParser implements SourceParser {

	@Override
	public ParsedDocument parse(SourceLines lines) {
		return new BookPageReader(lines).read();
	}

}
