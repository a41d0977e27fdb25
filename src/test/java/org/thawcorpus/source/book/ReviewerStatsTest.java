package org.thawcorpus.source.book;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the counts printed beside a reviewer's or author's name. */
class ReviewerStatsTest {

	@Test
	void readsGluedAuthorBooksAndFollowers() {
		assertThat(ReviewerStats.read("Author 3 books27 followers")).isEqualTo(new ReviewerStats(true, 3, null, 27));
	}

	@Test
	void readsGluedReviewsAndFollowersWithThousands() {
		assertThat(ReviewerStats.read("2,520 reviews705 followers"))
			.isEqualTo(new ReviewerStats(false, null, 2520, 705));
	}

	@Test
	void readsSingularWords() {
		assertThat(ReviewerStats.read("1 book1 review1 follower")).isEqualTo(new ReviewerStats(false, 1, 1, 1));
	}

	@Test
	void readsAuthorAlone() {
		assertThat(ReviewerStats.read("Author")).isEqualTo(new ReviewerStats(true, null, null, null));
	}

	@Test
	void rejectsOtherLines() {
		assertThat(ReviewerStats.read("Read")).isNull();
		assertThat(ReviewerStats.read("12")).isNull();
		assertThat(ReviewerStats.read("follow me")).isNull();
		assertThat(ReviewerStats.read("")).isNull();
		assertThat(ReviewerStats.read("3 books about Stalin")).isNull();
	}

	@Test
	void addsLinesUnlessTheyRepeatAField() {
		ReviewerStats reviews = ReviewerStats.read("152 reviews");
		assertThat(reviews.plus(ReviewerStats.read("3,116 followers")))
			.isEqualTo(new ReviewerStats(false, null, 152, 3116));
		assertThat(reviews.plus(ReviewerStats.read("9 reviews"))).isNull();
	}

}
