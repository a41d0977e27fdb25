package org.thawcorpus.source.book;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A book page whose every element stands between blank lines, with reviewer stats one per
 * line, details on one line and an author biography.
 */
class BookPageBlankSeparatedTest {

	private final ParsedDocument page = BookFixtures.parse("blank-separated.txt");

	@Test
	void readsTitleAndByline() {
		assertThat(this.page.title()).isEqualTo("The Ice Breaks: Leningrad Letters, 1953\u20131964");
		assertThat(use(9)).isEqualTo(new LineUse(9, LineRole.METADATA, "author", null));
		assertThat(this.page.part(ParsedBook.class).author()).isEqualTo("Irina V. Morozova");
	}

	@Test
	void readsDescriptionBetweenBlankLines() {
		assertThat(this.page.sections().get(0).passages()).extracting(ParsedPassage::firstLine).containsExactly(13, 15);
		assertThat(this.page.sections().get(0).passages()).extracting(ParsedPassage::anchor)
			.containsExactly("p1", "p2");
	}

	@Test
	void readsPagesFormatAndFirstPublishedFromOneLine() {
		ParsedBook book = this.page.part(ParsedBook.class);
		assertThat(book.pages()).isEqualTo(288);
		assertThat(book.format()).isEqualTo("Paperback");
		assertThat(book.firstPublished()).isEqualTo(LocalDate.of(1998, 3, 3));
		assertThat(book.firstPublishedText()).isEqualTo("March 3, 1998");
		assertThat(use(17))
			.isEqualTo(new LineUse(17, LineRole.METADATA, "page count and format; first published", null));
	}

	@Test
	void readsReaderCountsWithThousandsSeparators() {
		assertThat(this.page.part(ParsedBook.class).currentlyReading().value()).isEqualTo(1204);
		assertThat(this.page.part(ParsedBook.class).wantToRead().value()).isEqualTo(12876);
	}

	@Test
	void readsAuthorStatsOnePerLine() {
		assertThat(this.page.part(ParsedBook.class).authorBooks().value()).isEqualTo(12);
		assertThat(this.page.part(ParsedBook.class).authorFollowers().value()).isEqualTo(3116);
		assertThat(use(27).label()).isEqualTo("author stats");
		assertThat(use(29).label()).isEqualTo("author stats");
		assertThat(use(31)).isEqualTo(new LineUse(31, LineRole.FURNITURE, "Follow", null));
	}

	@Test
	void readsAuthorBiographyAsSectionUnderItsHeading() {
		assertThat(this.page.sections()).hasSize(2);
		ParsedSection about = this.page.sections().get(1);
		assertThat(about.title()).isEqualTo("About the author");
		assertThat(about.headingLine()).isEqualTo(23);
		assertThat(about.passages()).extracting(ParsedPassage::anchor).containsExactly("p3");
		assertThat(about.passages().get(0).text()).startsWith("Irina V. Morozova teaches");
		assertThat(use(23).role()).isEqualTo(LineRole.HEADING);
	}

	@Test
	void readsHistogramCountsWithThousandsSeparators() {
		assertThat(this.page.part(ParsedBook.class).histogram()).extracting(HistogramBar::count)
			.containsExactly(12345, 10050, 5200, 1874, 611);
		assertThat(this.page.part(ParsedBook.class).histogram()).extracting(HistogramBar::printedPercent)
			.containsExactly(41, 33, 17, 6, 2);
		assertThat(this.page.notes()).noneMatch((note) -> note.kind() == NoteKind.HISTOGRAM_MISMATCH);
	}

	@Test
	void readsReviewerStatsOnSeparateLines() {
		ParsedReview tomasz = this.page.part(ParsedReviews.class).reviews().get(0);
		assertThat(tomasz.reviewer()).isEqualTo("Tomasz Kowalczyk");
		assertThat(tomasz.reviewerReviews().value()).isEqualTo(152);
		assertThat(tomasz.reviewerFollowers().value()).isEqualTo(2048);
		assertThat(use(67)).isEqualTo(new LineUse(67, LineRole.REVIEW, "reviewer stats", "r1"));
		assertThat(use(69)).isEqualTo(new LineUse(69, LineRole.REVIEW, "reviewer stats", "r1"));
	}

	@Test
	void readsAuthorWithBooksOnlyOnSeparateLines() {
		ParsedReview helen = this.page.part(ParsedReviews.class).reviews().get(1);
		assertThat(helen.reviewerIsAuthor()).isTrue();
		assertThat(helen.reviewerBooks().value()).isEqualTo(2);
		assertThat(helen.reviewerReviews()).isNull();
		assertThat(helen.reviewerFollowers()).isNull();
	}

	@Test
	void readsSingularFollower() {
		assertThat(this.page.part(ParsedReviews.class).reviews().get(2).reviewerFollowers().value()).isEqualTo(1);
		assertThat(this.page.part(ParsedReviews.class).reviews().get(2).reviewerReviews().value()).isEqualTo(40);
	}

	@Test
	void readsRatingFromStarImageText() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::rating)
			.containsExactly(5, 3, 4, null);
		assertThat(use(71)).isEqualTo(new LineUse(71, LineRole.REVIEW, "rating", "r1"));
	}

	@Test
	void readsShelves() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::shelf)
			.containsExactly("Currently reading", "Read", "Read", "Want to read");
		assertThat(use(113)).isEqualTo(new LineUse(113, LineRole.REVIEW, "shelf", "r4"));
		assertThat(use(3)).isEqualTo(new LineUse(3, LineRole.FURNITURE, "Want to read", null));
	}

	@Test
	void readsReviewsAcrossBlankLines() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::date)
			.containsExactly(LocalDate.of(2021, 3, 2), LocalDate.of(2019, 11, 14), LocalDate.of(2024, 1, 5),
					LocalDate.of(2023, 8, 30));
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting((review) -> review.paragraphs().size())
			.containsExactly(1, 2, 1, 1);
		assertThat(this.page.part(ParsedReviews.class).reviews().get(1).paragraphs()).extracting(ParsedPassage::anchor)
			.containsExactly("r2-1", "r2-2");
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::lastLine)
			.containsExactly(77, 93, 107, 117);
	}

	@Test
	void notesPagedReviewsAgainstClaim() {
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(86);
		assertThat(this.page.notes()).containsExactly(
				new SourceNote(63, NoteKind.CLAIMED_VS_PRESENT, "The page claims 86 reviews; this copy holds 4."));
	}

	@Test
	void accountsForEveryLine() {
		assertThat(this.page.unaccounted()).isEmpty();
		assertThat(use(121)).isEqualTo(new LineUse(121, LineRole.FURNITURE, "More reviews and ratings", null));
	}

	private LineUse use(int line) {
		return this.page.lines().get(line - 1);
	}

}
