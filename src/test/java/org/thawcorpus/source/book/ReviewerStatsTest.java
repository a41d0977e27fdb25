package org.thawcorpus.source.book;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.PrintedCount;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the counts printed beside a reviewer's or author's name. */
class ReviewerStatsTest {

	private static ReviewerStats stats(boolean author, String books, String reviews, String followers) {
		return new ReviewerStats(author, PrintedCount.read(books), PrintedCount.read(reviews),
				PrintedCount.read(followers));
	}

	@Test
	void readsGluedAuthorBooksAndFollowers() {
		assertThat(ReviewerStats.read("Author 3 books27 followers")).isEqualTo(stats(true, "3", null, "27"));
	}

	@Test
	void readsGluedReviewsAndFollowersWithThousands() {
		ReviewerStats stats = ReviewerStats.read("2,520 reviews705 followers");
		assertThat(stats).isEqualTo(stats(false, null, "2,520", "705"));
		assertThat(stats.reviews().value()).isEqualTo(2520);
	}

	@Test
	void readsAbbreviatedCountsAsThousandsAndMillionsKeepingThemAsPrinted() {
		ReviewerStats reviewer = ReviewerStats.read("927 reviews15.2k followers");
		assertThat(reviewer.followers()).isEqualTo(new PrintedCount(15200, "15.2k", false));
		assertThat(reviewer.reviews()).isEqualTo(new PrintedCount(927, "927", true));
		assertThat(ReviewerStats.read("Author 49 books113k followers").followers().value()).isEqualTo(113000);
		assertThat(BookCounts.count("2m")).isEqualTo(2_000_000);
		assertThat(BookCounts.count("1.5M")).isEqualTo(1_500_000);
		assertThat(BookCounts.count("2,520")).isEqualTo(2520);
		assertThat(BookCounts.count("3.75")).isNull();
		assertThat(BookCounts.count("9999m")).isNull();
	}

	@Test
	void readsCountsSeparatedByADotOrBar() {
		assertThat(ReviewerStats.read("1,626 reviews · 273 followers")).isEqualTo(stats(false, null, "1,626", "273"));
		assertThat(ReviewerStats.read("Author | 6 books | 213 followers")).isEqualTo(stats(true, "6", null, "213"));
	}

	@Test
	void readsCountsGroupedAndAbbreviatedTheWayOtherLanguagesPrintThem() {
		ReviewerStats stats = ReviewerStats.read("1 234 reviews · 15,2 Tsd. followers");
		assertThat(stats.reviews()).isEqualTo(new PrintedCount(1234, "1 234", true));
		assertThat(stats.followers()).isEqualTo(new PrintedCount(15_200, "15,2 Tsd.", false));
		assertThat(ReviewerStats.read("2.520 reviews1.2k followers").reviews().value()).isEqualTo(2520);
	}

	@Test
	void readsSingularWords() {
		assertThat(ReviewerStats.read("1 book1 review1 follower")).isEqualTo(stats(false, "1", "1", "1"));
	}

	@Test
	void readsAuthorAlone() {
		assertThat(ReviewerStats.read("Author")).isEqualTo(stats(true, null, null, null));
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
		assertThat(reviews.plus(ReviewerStats.read("3,116 followers"))).isEqualTo(stats(false, null, "152", "3,116"));
		assertThat(reviews.plus(ReviewerStats.read("9 reviews"))).isNull();
	}

}
