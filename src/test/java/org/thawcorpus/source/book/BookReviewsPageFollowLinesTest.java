package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A page of all of a book's reviews copied as text from a page whose styles did not load:
 * two "Follow" buttons under each reviewer, the shelves under each review, "Like" and
 * "Comment" buttons, the shop button between the book's buttons.
 */
class BookReviewsPageFollowLinesTest {

	private final ParsedDocument page = BookFixtures.parse("reviews-page-follow-lines.txt");

	private final List<ParsedReview> reviews = this.page.part(ParsedReviews.class).reviews();

	@Test
	void findsEveryReviewUnderItsReviewerWithItsDate() {
		assertThat(this.reviews).extracting(ParsedReview::reviewer, ParsedReview::date)
			.containsExactly(tuple("Ilse Brandt", LocalDate.of(2024, 3, 3)),
					tuple("🌿 Mira 🌿", LocalDate.of(2024, 4, 9)), tuple("Дарья Климова", LocalDate.of(2023, 5, 21)),
					tuple("Tomas, reader of dusty archives, keeper of cats", LocalDate.of(2023, 6, 2)),
					tuple("Rosa (on a reading break!)", LocalDate.of(2022, 7, 14)),
					tuple("Kwame Mensah", LocalDate.of(2021, 8, 30)));
	}

	@Test
	void keepsAbbreviatedFollowersAsPrinted() {
		assertThat(this.reviews.get(0).reviewerFollowers()).isEqualTo(new PrintedCount(15_200, "15.2k", false));
		assertThat(this.reviews.get(1).reviewerFollowers()).isEqualTo(new PrintedCount(165_000, "165k", false));
		assertThat(this.reviews.get(0).reviewerReviews()).isEqualTo(new PrintedCount(1626, "1,626", true));
		assertThat(this.reviews.get(2)).extracting(ParsedReview::reviewerIsAuthor, (r) -> r.reviewerBooks().value())
			.containsExactly(true, 6L);
	}

	@Test
	void readsAShelfOfTheReadersOwnAsTheReviewsShelfNotAsAReview() {
		ParsedReview mira = this.reviews.get(1);
		assertThat(mira.shelf()).isEqualTo("Shelved as 'dnf', dnf");
		assertThat(mira.paragraphs()).extracting(ParsedPassage::text)
			.containsExactly("Gave up at the chapter on the purge trials.");
		assertThat(use(54)).isEqualTo(new LineUse(54, LineRole.REVIEW, "shelf", "r2"));
		assertThat(this.reviews.get(3).shelf()).isEqualTo("Want to read");
	}

	@Test
	void readsTheShelvesLineUnderAReviewAsItsShelves() {
		ParsedReview ilse = this.reviews.get(0);
		assertThat(ilse.shelf()).isEqualTo("2024, historical-fiction, soviet-union");
		assertThat(ilse.paragraphs()).extracting(ParsedPassage::firstLine).containsExactly(41, 43);
		assertThat(ilse).extracting(ParsedReview::likes, ParsedReview::comments).containsExactly(12, 3);
		assertThat(use(44)).isEqualTo(new LineUse(44, LineRole.REVIEW, "shelves", "r1"));
		assertThat(use(45)).isEqualTo(new LineUse(45, LineRole.FURNITURE, "...more", null));
	}

	@Test
	void readsTheShelvesAfterAReviewHiddenForSpoilers() {
		ParsedReview kwame = this.reviews.get(5);
		assertThat(kwame.spoiler()).isTrue();
		assertThat(kwame.shelf()).isEqualTo("favorites");
		assertThat(kwame.paragraphs()).hasSize(1);
	}

	@Test
	void keepsALastLineInSmallLettersThatIsASentenceInTheReview() {
		ParsedReview rosa = this.reviews.get(4);
		assertThat(rosa.shelf()).isNull();
		assertThat(rosa.paragraphs()).extracting(ParsedPassage::text)
			.containsExactly("Read it again after ten years.", "still just as good");
	}

	@Test
	void takesTheShopButtonsForFurnitureAndLeavesNoPassageNorLineUnaccounted() {
		assertThat(this.page.sections()).isEmpty();
		assertThat(use(13)).extracting(LineUse::role, LineUse::label).containsExactly(LineRole.FURNITURE, "shop link");
		assertThat(use(19)).extracting(LineUse::role, LineUse::label).containsExactly(LineRole.FURNITURE, "shop link");
		assertThat(this.page.unaccounted()).isEmpty();
	}

	@Test
	void notesTheClaimAgainstTheReviewsPresent() {
		assertThat(this.page.title()).isEqualTo("The Ice Breaks on the Neva");
		assertThat(this.page.part(ParsedBook.class).author()).isEqualTo("Pavel Nikitin");
		assertThat(this.page.notes()).extracting(SourceNote::kind, SourceNote::message)
			.containsExactly(tuple(NoteKind.CLAIMED_VS_PRESENT, "The page claims 1,240 reviews; this copy holds 6."),
					tuple(NoteKind.SPOILER_HIDDEN, "The page hid review r6 by Kwame Mensah because of spoilers."));
	}

	private LineUse use(int line) {
		return this.page.lines().get(line - 1);
	}

}
