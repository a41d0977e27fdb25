package org.thawcorpus.source.book;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stars of the reviews present against the histogram: noted when five or more rated
 * reviews average more than a star away from the histogram's mean.
 */
class ReviewStarsTest {

	/** A histogram whose mean is 4.0: 20 ratings of 5, 60 of 4, 20 of 3. */
	private static final List<HistogramBar> BARS = List.of(new HistogramBar(5, 20, 20, 11),
			new HistogramBar(4, 60, 60, 13), new HistogramBar(3, 20, 20, 15), new HistogramBar(2, 0, 0, 17),
			new HistogramBar(1, 0, 0, 19));

	private static List<ParsedReview> rated(Integer... stars) {
		List<ParsedReview> reviews = new ArrayList<>();
		for (Integer rating : stars) {
			int n = reviews.size() + 1;
			reviews.add(new ParsedReview("r" + n, "Reader " + n, false, null, null, null, null, rating, null, false,
					20 + n, 20 + n, List.of(), null, null));
		}
		return reviews;
	}

	@Test
	void notesReviewsMoreThanAStarHarsherOnTheHistogramsFirstBar() {
		SourceNote note = ReviewStars.check(rated(2, 3, 3, 2, 4, null), BARS);
		assertThat(note.kind()).isEqualTo(NoteKind.STARS_VS_HISTOGRAM);
		assertThat(note.line()).isEqualTo(11);
		assertThat(note.message()).isEqualTo("The 5 rated reviews in this copy average 2.8 stars, the histogram's "
				+ "100 ratings 4.0: the reviews present are harsher than the readers' ratings as a whole.");
	}

	@Test
	void saysWhenTheReviewsAreKinder() {
		List<HistogramBar> low = List.of(new HistogramBar(5, 0, 0, 1), new HistogramBar(4, 0, 0, 3),
				new HistogramBar(3, 10, 50, 5), new HistogramBar(2, 10, 50, 7), new HistogramBar(1, 0, 0, 9));
		assertThat(ReviewStars.check(rated(5, 5, 4, 4, 5), low).message()).contains("kinder");
	}

	@Test
	void staysSilentWithinAStarOrWithTooFewRatedReviews() {
		assertThat(ReviewStars.check(rated(3, 3, 3, 3, 3), BARS)).as("exactly a star away").isNull();
		assertThat(ReviewStars.check(rated(1, 1, 1, 1, null, null), BARS)).as("four rated").isNull();
		assertThat(ReviewStars.check(rated(1, 1, 1, 1, 1), BARS.subList(0, 3))).as("three bars").isNull();
	}

}
