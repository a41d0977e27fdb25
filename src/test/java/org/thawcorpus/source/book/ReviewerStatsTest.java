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
	void readsAbbreviatedCountsAsThousandsAndMillions() {
		assertThat(ReviewerStats.read("927 reviews15.2k followers"))
			.isEqualTo(new ReviewerStats(false, null, 927, 15200));
		assertThat(ReviewerStats.read("Author 49 books113k followers"))
			.isEqualTo(new ReviewerStats(true, 49, null, 113000));
		assertThat(BookCounts.count("2m")).isEqualTo(2_000_000);
		assertThat(BookCounts.count("1.5M")).isEqualTo(1_500_000);
		assertThat(BookCounts.count("2,520")).isEqualTo(2520);
		assertThat(BookCounts.count("3.75")).isNull();
		assertThat(BookCounts.count("9999m")).isNull();
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
