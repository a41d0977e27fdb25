package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A book page copied with the reviewers' "Profile Image for" lines as well as their names
 * and "Follow" buttons, its genres' links glued together, shop buttons, and the counts of
 * the book's quotes and discussions under "Join the discussion".
 */
class BookPageProfileImagesTest {

	private final ParsedDocument page = BookFixtures.parse("book-page-profile-images.txt");

	@Test
	void readsEachReviewOnceUnderItsReviewer() {
		List<ParsedReview> reviews = this.page.part(ParsedReviews.class).reviews();
		assertThat(reviews).extracting(ParsedReview::reviewer, ParsedReview::date, ParsedReview::firstLine)
			.containsExactly(tuple("Olga Petrenko", LocalDate.of(2023, 4, 25), 67),
					tuple("✨ Bea ✨", LocalDate.of(2023, 5, 2), 79));
		assertThat(this.page.lines().subList(66, 72)).extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.REVIEW, "reviewer"), tuple(LineRole.REVIEW, "reviewer name"),
					tuple(LineRole.REVIEW, "reviewer stats"), tuple(LineRole.FURNITURE, "Follow"),
					tuple(LineRole.FURNITURE, "Follow"), tuple(LineRole.REVIEW, "date"));
		assertThat(reviews.get(0).shelf()).isEqualTo("river-books, russia");
	}

	@Test
	void takesTheTitleAfterTheSeriesAndTheGenresFromTheirGluedLinks() {
		assertThat(this.page.title()).isEqualTo("The Ferry Pilot");
		ParsedBook book = this.page.part(ParsedBook.class);
		assertThat(book.series()).isEqualTo("River Ice #1");
		assertThat(book.genres()).containsExactly("Historical Fiction", "Fiction", "Russia", "Literary Fiction");
	}

	@Test
	void keepsShopButtonsOutOfTheDescription() {
		assertThat(this.page.sections().get(0).passages()).extracting(ParsedPassage::firstLine).containsExactly(26, 28);
		assertThat(this.page.lines().get(23)).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.FURNITURE, "shop link");
	}

	@Test
	void accountsTheCountsUnderJoinTheDiscussionAsItsLinks() {
		assertThat(this.page.lines().subList(89, 95)).extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.FURNITURE, "Join the discussion"),
					tuple(LineRole.FURNITURE, "discussion links"), tuple(LineRole.FURNITURE, "discussion links"),
					tuple(LineRole.FURNITURE, "discussion links"), tuple(LineRole.FURNITURE, "discussion links"),
					tuple(LineRole.FURNITURE, "discussion links"));
		assertThat(this.page.unaccounted()).isEmpty();
	}

}
