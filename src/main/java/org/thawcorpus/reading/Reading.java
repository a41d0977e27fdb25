package org.thawcorpus.reading;

import java.util.List;

import org.thawcorpus.book.BookView;
import org.thawcorpus.document.DocumentView;

/**
 * What one page of the reading view of a document shows, loaded.
 *
 * @param document the document
 * @param sections its sections on the page, with their passages there
 * @param book the book's details for a book page, otherwise null
 * @param comments the comments on the page, for a blog post
 * @param notes source-criticism notes, in order (on the first page)
 * @param page which page this is
 */
public record Reading(DocumentView document, List<SectionView> sections, BookView book, List<CommentView> comments,
		List<NoteView> notes, ReadingPage page) {

	public Reading {
		sections = List.copyOf(sections);
		comments = List.copyOf(comments);
		notes = List.copyOf(notes);
	}

	/** A document that fits on one page. */
	public Reading(DocumentView document, List<SectionView> sections, BookView book, List<CommentView> comments,
			List<NoteView> notes) {
		this(document, sections, book, comments, notes, ReadingPage.single());
	}

}
