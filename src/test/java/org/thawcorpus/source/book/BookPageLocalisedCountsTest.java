package org.thawcorpus.source.book;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A book page whose counts are grouped by spaces and dots and whose average has a decimal
 * comma, as pages print them in other languages.
 */
class BookPageLocalisedCountsTest {

	private final ParsedDocument page = BookFixtures
		.parseText(String.join("\n", "A Title", "Community Reviews", "4,34", "9 369 257 ratings238 122 reviews",
				"5 stars", "5 107 550 (54%)", "4 stars", "2.849.483 (30%)", "3 stars", "1 053 615 (11%)", "2 stars",
				"231 729 (2%)", "1 star", "126 880 (1%)", "Displaying 1 - 30 of 238 099 reviews", "Noor",
				"1 234 reviews", "May 5, 2019", "Short and sharp.", "1 083 likes", ""));

	@Test
	void readsTheSummaryAndHistogramAsNumbers() {
		ParsedBook book = this.page.part(ParsedBook.class);
		assertThat(book.printedAverage()).isEqualByComparingTo("4.34");
		assertThat(book.printedRatings()).isEqualTo(9_369_257);
		assertThat(book.printedReviews()).isEqualTo(238_122);
		assertThat(book.histogram()).extracting(HistogramBar::count)
			.containsExactly(5_107_550, 2_849_483, 1_053_615, 231_729, 126_880);
		assertThat(this.page.unaccounted()).isEmpty();
	}

	@Test
	void quotesTheClaimAsPrintedInItsNote() {
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(238_099);
		assertThat(BookFixtures.notesBesidesTheTitle(this.page)).extracting(SourceNote::kind, SourceNote::message)
			.containsExactly(tuple(NoteKind.CLAIMED_VS_PRESENT, "The page claims 238 099 reviews; this copy holds 1."));
	}

	@Test
	void readsTheReviewersCountAndTheLikesAsPrinted() {
		ParsedReview noor = this.page.part(ParsedReviews.class).reviews().get(0);
		assertThat(noor.reviewerReviews().printed()).isEqualTo("1 234");
		assertThat(noor.reviewerReviews().value()).isEqualTo(1234);
		assertThat(noor.likes()).isEqualTo(1083);
	}

}
