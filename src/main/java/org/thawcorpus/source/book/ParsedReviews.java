package org.thawcorpus.source.book;

import java.util.List;

import org.thawcorpus.source.ParsedPart;

/**
 * The reviews present in a copy of a book page, in page order.
 *
 * @param reviews the reviews
 */
public record ParsedReviews(List<ParsedReview> reviews) implements ParsedPart {

	public ParsedReviews {
		reviews = List.copyOf(reviews);
	}

}
