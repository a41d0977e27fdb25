package org.thawcorpus.source.book;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.SourceLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A copy of a book page with the site's menu at the head and its footer at the foot. */
class BookPageSiteFurnitureTest {

	private final SourceLines lines = BookFixtures.lines("site-menu-and-footer.txt");

	private final ParsedDocument page = BookFixtures.parse("site-menu-and-footer.txt");

	@Test
	void takesTheTitleAfterTheSeriesLineAndTheMenuForFurnitureNotGenres() {
		assertThat(this.page.title()).isEqualTo("The Thaw Apartment");
		assertThat(this.page.unaccounted()).isEmpty();
		assertThat(this.page.lines().subList(0, 9)).extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "site menu"),
					tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "site menu"),
					tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "site menu"),
					tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "sign-in prompt"),
					tuple(LineRole.FURNITURE, "sign-in prompt"));
		assertThat(this.page.part(ParsedBook.class).series()).isEqualTo("Moscow Courtyards #2");
		assertThat(this.page.part(ParsedBook.class).genres())
			.as("the genres line's, not the menu's, parted where the copy glued their links")
			.containsExactly("Historical Fiction", "Russia");
		assertThat(this.page.notes()).extracting((note) -> note.kind()).containsExactly(NoteKind.CLAIMED_VS_PRESENT);
	}

	@Test
	void setsTheFooterAsideAfterTheLastReview() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).hasSize(2);
		assertThat(this.page.lines().subList(69, this.lines.count())).extracting(LineUse::role)
			.containsOnly(LineRole.FURNITURE);
		assertThat(this.page.lines().get(this.lines.count() - 1).label()).isEqualTo("copyright line");
	}

	@Test
	void keepsAbbreviatedCountsAsPrintedAndApproximate() {
		ParsedBook book = this.page.part(ParsedBook.class);
		assertThat(book.currentlyReading()).isEqualTo(new PrintedCount(103_000, "103k", false));
		assertThat(book.wantToRead()).isEqualTo(new PrintedCount(2_000_000, "2m", false));
		assertThat(book.authorFollowers()).isEqualTo(new PrintedCount(15_200, "15.2k", false));
		assertThat(book.printedRatings()).isEqualTo(12_340);
		ParsedReview olga = this.page.part(ParsedReviews.class).reviews().get(0);
		assertThat(olga.reviewerFollowers().printed()).isEqualTo("15.2k");
		assertThat(olga.reviewerReviews()).isEqualTo(new PrintedCount(927, "927", true));
	}

}
