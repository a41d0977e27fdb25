package org.thawcorpus.document;

import java.util.List;

import org.thawcorpus.comment.CommentView;
import org.thawcorpus.review.BookDetails;

/**
 * Everything the reading view of a document shows, loaded.
 *
 * @param document the document
 * @param sections its sections with their passages
 * @param book the book's details for a book page, otherwise null
 * @param comments the comments present, for a blog post
 * @param notes source-criticism notes, in order
 */
public record Reading(Document document, List<SectionView> sections, BookDetails book, List<CommentView> comments,
		List<DocumentNote> notes) {

	public Reading {
		sections = List.copyOf(sections);
		comments = List.copyOf(comments);
		notes = List.copyOf(notes);
	}

}
