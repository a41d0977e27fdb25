package org.thawcorpus.importer.write;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.Review;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.book.ParsedReview;
import org.thawcorpus.source.book.ParsedReviews;

/** Writes the reviews of a book page, each with its paragraphs as passages. */
@Component
class ReviewsWriter implements PartWriter<ParsedReviews> {

	@Override
	public Class<ParsedReviews> type() {
		return ParsedReviews.class;
	}

	@Override
	public void write(ParsedReviews part, DocumentParts parts) {
		List<ParsedReview> reviews = part.reviews();
		for (int i = 0; i < reviews.size(); i++) {
			Review review = new Review(parts.document(), i, reviews.get(i));
			parts.persist(review);
			for (ParsedPassage paragraph : reviews.get(i).paragraphs()) {
				parts.persist(Passage.ofReview(review, parts.nextPassagePosition(), paragraph), paragraph.citations());
			}
		}
		parts.document().countReviews(reviews.size());
	}

}
