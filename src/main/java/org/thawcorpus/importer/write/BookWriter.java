package org.thawcorpus.importer.write;

import org.springframework.stereotype.Component;
import org.thawcorpus.bibliography.WorkKey;
import org.thawcorpus.book.BookDetails;
import org.thawcorpus.source.book.ParsedBook;

/**
 * Writes a book page's details, and gives the document the work key that citations of the
 * book elsewhere have.
 */
@Component
class BookWriter implements PartWriter<ParsedBook> {

	@Override
	public Class<ParsedBook> type() {
		return ParsedBook.class;
	}

	@Override
	public void write(ParsedBook book, DocumentParts parts) {
		parts.persist(new BookDetails(parts.document(), book));
		if (book.author() != null) {
			parts.document().setWorkKey(WorkKey.ofTitleAndAuthor(parts.document().getTitle(), book.author()));
		}
	}

}
