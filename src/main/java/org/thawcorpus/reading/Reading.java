package org.thawcorpus.reading;

import java.util.List;

import org.thawcorpus.book.BookView;
import org.thawcorpus.document.DocumentView;

/**
 * Everything the reading view of a document shows, loaded.
 *
 * @param document the document
 * @param sections its sections with their passages
 * @param book the book's details for a book page, otherwise null
 * @param comments the comments present, for a blog post
 * @param notes source-criticism notes, in order
 */
public record Reading(DocumentView document, List<SectionView> sections, BookView book, List<CommentView> comments,
		List<NoteView> notes) {

	public Reading {
		sections = List.copyOf(sections);
		comments = List.copyOf(comments);
		notes = List.copyOf(notes);
	}

}
