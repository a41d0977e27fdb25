package org.thawcorpus.source.book;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A book page with no blank line at all, ratings shown as star titles, an edition's
 * publication date, a histogram that does not add up and an unreadable review date.
 */
class BookPageWithoutBlankLinesTest {

	private final ParsedDocument page = BookFixtures.parse("no-blank-lines.txt");

	@Test
	void readsTitleAndDescription() {
		assertThat(this.page.title()).isEqualTo("A Winter Without Frost");
		assertThat(this.page.sections().get(0).passages()).extracting(ParsedPassage::firstLine).containsExactly(4, 5);
	}

	@Test
	void readsFormatBeforePageCount() {
		assertThat(this.page.part(ParsedBook.class).format()).isEqualTo("Kindle Edition");
		assertThat(this.page.part(ParsedBook.class).pages()).isEqualTo(312);
	}

	@Test
	void readsPublishedDateWithoutFirst() {
		assertThat(this.page.part(ParsedBook.class).firstPublished()).isEqualTo(LocalDate.of(2011, 11, 9));
		assertThat(this.page.part(ParsedBook.class).firstPublishedText()).isEqualTo("November 9, 2011");
		assertThat(use(7)).isEqualTo(new LineUse(7, LineRole.METADATA, "published", null));
	}

	@Test
	void readsSingularCurrentlyReading() {
		assertThat(this.page.part(ParsedBook.class).currentlyReading().value()).isEqualTo(1);
		assertThat(this.page.part(ParsedBook.class).wantToRead().value()).isEqualTo(38);
	}

	@Test
	void readsAuthorWithGluedStats() {
		assertThat(this.page.part(ParsedBook.class).author()).isEqualTo("Aleksander Ruud");
		assertThat(this.page.part(ParsedBook.class).authorBooks().value()).isEqualTo(7);
		assertThat(this.page.part(ParsedBook.class).authorFollowers().value()).isEqualTo(42);
		assertThat(use(10)).isEqualTo(new LineUse(10, LineRole.FURNITURE, "About the author", null));
	}

	@Test
	void readsThePrintedAverageAndCounts() {
		assertThat(this.page.part(ParsedBook.class).printedAverage()).isEqualByComparingTo("4.12");
		assertThat(this.page.part(ParsedBook.class).printedRatings()).isEqualTo(203);
		assertThat(this.page.part(ParsedBook.class).printedReviews()).isEqualTo(5);
		assertThat(use(14)).isEqualTo(new LineUse(14, LineRole.METADATA, "printed average", null));
		assertThat(use(15)).isEqualTo(new LineUse(15, LineRole.METADATA, "printed ratings; printed reviews", null));
		assertThat(this.page.unaccounted()).isEmpty();
	}

	@Test
	void readsThePublisherAfterTheEditionDate() {
		assertThat(this.page.part(ParsedBook.class).publisher()).isEqualTo("Baltic Lantern Press");
	}

	@Test
	void notesHistogramPercentageAndAverageThatDoNotMatchCounts() {
		assertThat(this.page.part(ParsedBook.class).histogram()).extracting(HistogramBar::printedPercent)
			.containsExactly(44, 30, 25, 7, 4);
		assertThat(this.page.notes()).filteredOn((note) -> note.kind() == NoteKind.HISTOGRAM_MISMATCH)
			.containsExactly(
					new SourceNote(14, NoteKind.HISTOGRAM_MISMATCH,
							"The page prints an average rating of 4.12 but the histogram's 203 ratings average 4.03."),
					new SourceNote(22, NoteKind.HISTOGRAM_MISMATCH,
							"The 3-star bar prints 25% but 30 of 203 ratings make 15%."));
	}

	@Test
	void readsRatingsFromStarTitles() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::rating)
			.containsExactly(5, 4, 3, 2, 1);
		assertThat(use(30)).isEqualTo(new LineUse(30, LineRole.REVIEW, "rating", "r1"));
	}

	@Test
	void readsReviewHeadersWithoutBlankLines() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::reviewer)
			.containsExactly("Wren Talbot", "Dmitri Oyelaran", "Saskia Holm", "Bartholomew Nkemelu", "Ines");
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting((review) -> review.paragraphs().size())
			.containsExactly(1, 2, 1, 1, 1);
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::shelf)
			.containsExactly("Read", null, "Read", null, null);
	}

	@Test
	void readsAuthorWithBooksOnlyGlued() {
		ParsedReview wren = this.page.part(ParsedReviews.class).reviews().get(0);
		assertThat(wren.reviewerIsAuthor()).isTrue();
		assertThat(wren.reviewerBooks().value()).isEqualTo(7);
		assertThat(wren.reviewerFollowers()).isNull();
	}

	@Test
	void readsSingularReviewCountAndNoStats() {
		assertThat(this.page.part(ParsedReviews.class).reviews().get(3).reviewerReviews().value()).isEqualTo(1);
		ParsedReview ines = this.page.part(ParsedReviews.class).reviews().get(4);
		assertThat(ines.reviewerReviews()).isNull();
		assertThat(ines.reviewerFollowers()).isNull();
		assertThat(ines.date()).isEqualTo(LocalDate.of(2020, 3, 9));
	}

	@Test
	void notesUnreadableDateAndKeepsItsLine() {
		ParsedReview saskia = this.page.part(ParsedReviews.class).reviews().get(2);
		assertThat(saskia.date()).isNull();
		assertThat(use(44)).isEqualTo(new LineUse(44, LineRole.REVIEW, "date", "r3"));
		assertThat(this.page.notes()).filteredOn((note) -> note.kind() == NoteKind.UNREADABLE_VALUE)
			.singleElement()
			.satisfies((note) -> {
				assertThat(note.line()).isEqualTo(44);
				assertThat(note.message()).contains("\"Febuary 30, 2019\"");
			});
	}

	@Test
	void claimsMatchPresentReviews() {
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(5);
		assertThat(this.page.notes()).noneMatch((note) -> note.kind() == NoteKind.CLAIMED_VS_PRESENT);
	}

	@Test
	void matchesFurnitureWithCurlyApostrophes() {
		assertThat(use(56)).isEqualTo(new LineUse(56, LineRole.FURNITURE, "Can't find what you're looking for?", null));
	}

	private LineUse use(int line) {
		return this.page.lines().get(line - 1);
	}

}
