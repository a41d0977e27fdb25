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

/** Variants of single book page lines, each in a small page of its own. */
class BookPageLinesTest {

	private static ParsedDocument page(String... lines) {
		return BookFixtures.parseText(String.join("\n", lines) + "\n");
	}

	@Test
	void readsFormatThenPageCountAndFirstPublishedInYear() {
		ParsedBook book = page("A Title", "Hardcover, 400 pages", "First published in 1962").part(ParsedBook.class);
		assertThat(book.format()).isEqualTo("Hardcover");
		assertThat(book.pages()).isEqualTo(400);
		assertThat(book.firstPublishedText()).isEqualTo("1962");
		assertThat(book.firstPublished()).isNull();
	}

	@Test
	void readsMonthAndYearWithoutDateOrNote() {
		ParsedDocument page = page("A Title", "First published March 1998");
		assertThat(page.part(ParsedBook.class).firstPublishedText()).isEqualTo("March 1998");
		assertThat(page.part(ParsedBook.class).firstPublished()).isNull();
		assertThat(BookFixtures.notesBesidesTheTitle(page)).isEmpty();
	}

	@Test
	void prefersFirstPublishedOverEditionDate() {
		ParsedBook book = page("A Title", "Published June 2, 2020 by Some Press", "First published May 1, 1970")
			.part(ParsedBook.class);
		assertThat(book.firstPublished()).isEqualTo(LocalDate.of(1970, 5, 1));
	}

	@Test
	void readsCombinedDetailsWithOtherSeparators() {
		ParsedBook book = page("A Title", "Mass Market Paperback | 96 pages", "212 pages; Ebook; Published 2003")
			.part(ParsedBook.class);
		assertThat(book.format()).isEqualTo("Mass Market Paperback");
		assertThat(book.pages()).isEqualTo(96);
		assertThat(book.firstPublishedText()).isEqualTo("2003");
	}

	@Test
	void keepsSentencesThatStartLikeDetailsAsDescription() {
		ParsedDocument page = page("A Title", "By 1956, the thaw had reached the provinces.",
				"Published in 1956, the novel caused a scandal in Moscow.", "300 pages, and worth every one of them.");
		assertThat(page.sections().get(0).passages()).hasSize(3);
		assertThat(page.part(ParsedBook.class).author()).isNull();
		assertThat(page.part(ParsedBook.class).firstPublishedText()).isNull();
		assertThat(page.part(ParsedBook.class).pages()).isNull();
	}

	@Test
	void readsHistogramBarsOnOneLineAndWithoutPercentages() {
		ParsedDocument page = page("A Title", "5 stars 7 (70%)", "4 stars3 (30%)", "3 stars", "0", "2 stars", "0",
				"1 star", "0");
		assertThat(page.part(ParsedBook.class).histogram()).extracting(HistogramBar::count)
			.containsExactly(7, 3, 0, 0, 0);
		assertThat(page.part(ParsedBook.class).histogram()).extracting(HistogramBar::printedPercent)
			.containsExactly(70, 30, null, null, null);
		assertThat(page.unaccounted()).isEmpty();
		assertThat(BookFixtures.notesBesidesTheTitle(page)).isEmpty();
	}

	@Test
	void allowsRoundingButNotMoreInHistogram() {
		ParsedDocument page = page("A Title", "5 stars", "1 (34%)", "4 stars", "2 (66%)", "3 stars", "0 (2%)");
		assertThat(BookFixtures.notesBesidesTheTitle(page)).extracting(SourceNote::line).containsExactly(7);
		assertThat(BookFixtures.notesBesidesTheTitle(page).get(0).kind()).isEqualTo(NoteKind.HISTOGRAM_MISMATCH);
	}

	@Test
	void readsBodyLinesThatLookLikeFieldsAsParagraphs() {
		ParsedDocument page = page("A Title", "Community Reviews", "Profile Image for Sam Jr..", "5 reviews",
				"May 1, 2020", "5 stars", "Read", "400 pages, Hardcover");
		ParsedReview review = page.part(ParsedReviews.class).reviews().get(0);
		assertThat(review.reviewer()).isEqualTo("Sam Jr.");
		assertThat(review.paragraphs()).extracting(ParsedPassage::text)
			.containsExactly("5 stars", "Read", "400 pages, Hardcover");
		assertThat(page.part(ParsedBook.class).histogram()).isEmpty();
	}

	@Test
	void notesSecondClaimThatDisagrees() {
		ParsedDocument page = page("A Title", "Displaying 1 - 1 of 2 reviews", "Profile Image for Ann.", "May 1, 2020",
				"Fine.", "Displaying 1 - 1 of 3 reviews");
		assertThat(page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(2);
		assertThat(BookFixtures.notesBesidesTheTitle(page)).extracting(SourceNote::line, SourceNote::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, NoteKind.CLAIMED_VS_PRESENT),
					org.assertj.core.groups.Tuple.tuple(6, NoteKind.OTHER));
	}

	@Test
	void leavesUnknownLinesAfterReviewsUnaccounted() {
		ParsedDocument page = page("A Title", "Profile Image for Ann.", "May 1, 2020", "Fine.",
				"Can't find what you're looking for?", "Some stray caption");
		assertThat(page.part(ParsedReviews.class).reviews().get(0).paragraphs()).hasSize(1);
		assertThat(page.unaccounted()).extracting(LineUse::line).containsExactly(6);
	}

	@Test
	void keepsOriginalSpacesAndQuotesInNames() {
		ParsedDocument page = page("A Title", "Profile Image for \u201CZoya\u201D\u00A0Ivanova.", "May 1, 2020",
				"Fine.");
		assertThat(page.part(ParsedReviews.class).reviews().get(0).reviewer())
			.isEqualTo("\u201CZoya\u201D\u00A0Ivanova");
	}

	@Test
	void readsEmptySource() {
		ParsedDocument page = BookFixtures.parseText("");
		assertThat(page.title()).isEqualTo("(untitled)");
		assertThat(page.lines()).isEmpty();
		assertThat(page.part(ParsedReviews.class).reviews()).isEmpty();
	}

	@Test
	void readsCarriageReturnLineEnds() {
		ParsedDocument page = BookFixtures
			.parseText("A Title\r\n\r\nProfile Image for Ann.\r\n12 reviews\r\nMay 1, 2020\r\nFine.\r\n");
		assertThat(page.part(ParsedReviews.class).reviews().get(0).reviewerReviews().value()).isEqualTo(12);
		assertThat(page.lines().get(1).role()).isEqualTo(LineRole.BLANK);
		assertThat(page.unaccounted()).isEmpty();
	}

}
