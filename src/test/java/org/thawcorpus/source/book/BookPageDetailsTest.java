package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Book page details: ratings summaries, genres, labelled edition details, details before
 * the description, the author's portrait and biography, series lines, likes under
 * reviews.
 */
class BookPageDetailsTest {

	private static ParsedDocument page(String... lines) {
		return BookFixtures.parseText(String.join("\n", lines) + "\n");
	}

	private static LineUse use(ParsedDocument page, int line) {
		return page.lines().get(line - 1);
	}

	/** A recent layout: details, genres and edition before the description. */
	@Nested
	class DetailsBeforeTheDescription {

		private final SourceLines lines = BookFixtures.lines("details-first-goodreads.txt");

		private final ParsedDocument page = new BookPageKind().read(this.lines);

		@Test
		void readsTheSeriesAboveTheTitleAndTheAuthorUnderIt() {
			assertThat(this.page.title()).isEqualTo("The Courtyard on Sretenka");
			assertThat(this.page.part(ParsedBook.class).series()).isEqualTo("Thaw Chronicles #2");
			assertThat(this.page.part(ParsedBook.class).author()).isEqualTo("Marta Vilenskaya");
			assertThat(this.page.lines().subList(0, 3)).extracting(LineUse::role, LineUse::label)
				.containsExactly(tuple(LineRole.METADATA, "series"), tuple(LineRole.TITLE, "title"),
						tuple(LineRole.METADATA, "author"));
		}

		@Test
		void readsTheRatingsSummaryPrintedTwiceAlikeWithoutNotes() {
			assertThat(this.page.part(ParsedBook.class).printedAverage()).isEqualByComparingTo("4.06");
			assertThat(this.page.part(ParsedBook.class).printedRatings()).isEqualTo(33);
			assertThat(this.page.part(ParsedBook.class).printedReviews()).isEqualTo(5);
			assertThat(List.of(use(this.page, 5), use(this.page, 43))).extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.METADATA, "printed ratings; printed reviews"));
			assertThat(this.page.notes()).isEmpty();
		}

		@Test
		void readsGenresOnePerLineAndTheirMoreLink() {
			assertThat(this.page.part(ParsedBook.class).genres()).containsExactly("Historical Fiction", "Russia",
					"Novels");
			assertThat(use(this.page, 8).label()).isEqualTo("genres label");
			assertThat(use(this.page, 12)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "...more");
		}

		@Test
		void readsLabelledEditionDetailsOnTheLineAfterTheirLabels() {
			ParsedBook book = this.page.part(ParsedBook.class);
			assertThat(book.pages()).isEqualTo(320);
			assertThat(book.format()).isEqualTo("Paperback");
			assertThat(book.firstPublished()).isEqualTo(LocalDate.of(2019, 9, 12));
			assertThat(book.publisher()).isEqualTo("Lantern Row Books");
			assertThat(book.isbn()).isEqualTo("9780306406157");
			assertThat(book.language()).isEqualTo("English");
			assertThat(book.asin()).isNull();
			assertThat(this.page.lines().subList(16, 26)).extracting(LineUse::label)
				.containsExactly("format label", "page count and format", "published label", "published", "ISBN label",
						"ISBN", "language label", "language", "series label", "series");
			assertThat(use(this.page, 15).label()).isEqualTo("Book details & editions");
			assertThat(use(this.page, 16).label()).isEqualTo("This edition");
		}

		@Test
		void readsTheDescriptionAfterTheDetails() {
			assertThat(this.page.sections().get(0).passages())
				.extracting(ParsedPassage::anchor, ParsedPassage::firstLine)
				.containsExactly(tuple("p1", 29), tuple("p2", 30));
			assertThat(use(this.page, 31).label()).isEqualTo("Show more");
		}

		@Test
		void leavesADetailNoFieldHoldsUnaccountedRatherThanTakingItForDescription() {
			assertThat(this.page.unaccounted()).extracting(LineUse::line).containsExactly(27, 28);
		}

		@Test
		void readsTheAuthorsPortraitNameStatsAndBiography() {
			assertThat(use(this.page, 33)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "author portrait");
			assertThat(this.page.part(ParsedBook.class).authorBooks().value()).isEqualTo(6);
			assertThat(this.page.part(ParsedBook.class).authorFollowers().value()).isEqualTo(118);
			ParsedSection about = this.page.sections().get(1);
			assertThat(about.title()).isEqualTo("About the author");
			assertThat(about.passages()).extracting(ParsedPassage::firstLine).containsExactly(37, 38);
			assertThat(use(this.page, 39).role()).isEqualTo(LineRole.FURNITURE);
		}

		@Test
		void takesTheAuthorsPortraitForNoReview() {
			assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::reviewer)
				.containsExactly("Ruth Okafor", "Pavel Hrubý", "Selin Aydın", "Jonah Weiss", "Ilona Farkas");
		}

		@Test
		void readsTheReviewersNamePrintedAgainAndFollowButtonsInTheHeader() {
			assertThat(List.of(56, 68, 78, 87, 96))
				.allSatisfy((n) -> assertThat(use(this.page, n).label()).isEqualTo("reviewer name"));
			assertThat(use(this.page, 58)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "Follow");
			assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::rating)
				.containsExactly(5, 4, 4, 3, 5);
			assertThat(this.page.part(ParsedReviews.class).reviews().get(1).reviewerIsAuthor()).isTrue();
		}

		@Test
		void readsLikesAndCommentsUnderReviewsAsReviewFields() {
			assertThat(this.page.part(ParsedReviews.class).reviews())
				.extracting(ParsedReview::likes, ParsedReview::comments)
				.containsExactly(tuple(24, null), tuple(1, null), tuple(3, 2), tuple(null, null), tuple(7, null));
			assertThat(use(this.page, 64)).isEqualTo(new LineUse(64, LineRole.REVIEW, "likes", "r1"));
			assertThat(use(this.page, 83)).isEqualTo(new LineUse(83, LineRole.REVIEW, "likes; comments", "r3"));
			assertThat(this.page.part(ParsedReviews.class).reviews().get(0).paragraphs())
				.extracting(ParsedPassage::firstLine)
				.containsExactly(61, 62);
			assertThat(use(this.page, 63).label()).isEqualTo("Show more");
		}

	}

	/** An older layout: details labelled on their own lines, a summary on one line. */
	@Nested
	class LabelledEdition {

		private final ParsedDocument page = BookFixtures.parse("labelled-edition-older.txt");

		@Test
		void readsTheSeriesInBracketsUnderTheTitleAndTheByline() {
			assertThat(this.page.part(ParsedBook.class).series()).isEqualTo("Riga Quartet, #1");
			assertThat(this.page.part(ParsedBook.class).author()).isEqualTo("Imants Kalnins");
		}

		@Test
		void readsTheSummaryOnOneLineWithItsRatingDetailsLink() {
			assertThat(this.page.part(ParsedBook.class).printedAverage()).isEqualByComparingTo("4.31");
			assertThat(this.page.part(ParsedBook.class).printedRatings()).isEqualTo(1204);
			assertThat(this.page.part(ParsedBook.class).printedReviews()).isEqualTo(12);
			assertThat(use(this.page, 7).label())
				.isEqualTo("printed average; printed ratings; printed reviews; Rating details");
		}

		@Test
		void readsGenresSeparatedByCommasAfterTheirLabel() {
			assertThat(this.page.part(ParsedBook.class).genres()).containsExactly("History", "Latvia", "Nonfiction",
					"Politics");
		}

		@Test
		void readsTheEditionsLabelledDetails() {
			ParsedBook book = this.page.part(ParsedBook.class);
			assertThat(book.format()).isEqualTo("Paperback");
			assertThat(book.pages()).isEqualTo(212);
			assertThat(book.firstPublished()).isEqualTo(LocalDate.of(1998, 3, 3));
			assertThat(book.publisher()).isEqualTo("Harvill Press");
			assertThat(book.isbn()).as("the ISBN-13 rather than the ISBN-10").isEqualTo("9780306406157");
			assertThat(book.asin()).isEqualTo("B00K7Q2RXZ");
			assertThat(book.language()).isEqualTo("Latvian");
			assertThat(this.page.lines().subList(18, 22)).extracting(LineUse::label)
				.containsExactly("ISBN", "ASIN", "language", "series");
		}

		@Test
		void notesAnAverageAndARatingsCountTheHistogramDoesNotBearOut() {
			assertThat(this.page.notes()).filteredOn((note) -> note.kind() == NoteKind.HISTOGRAM_MISMATCH)
				.containsExactly(new SourceNote(7, NoteKind.HISTOGRAM_MISMATCH,
						"The page prints an average rating of 4.31 but the histogram's 1,200 ratings average 4.325."),
						new SourceNote(7, NoteKind.HISTOGRAM_MISMATCH,
								"The page prints 1,204 ratings but its histogram counts 1,200."));
		}

		@Test
		void leavesTheLiteraryAwardsLineUnaccounted() {
			assertThat(this.page.unaccounted()).extracting(LineUse::line).containsExactly(23);
		}

		@Test
		void readsTheBiographyAndTheFurnitureAroundTheDescription() {
			assertThat(this.page.sections()).extracting(ParsedSection::title).containsExactly(null, "About the author");
			assertThat(use(this.page, 15).label()).isEqualTo("Show less");
			assertThat(use(this.page, 33).label()).isEqualTo("Show more");
		}

		@Test
		void readsALikeInTheSingular() {
			assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::likes)
				.containsExactly(14, 1);
		}

	}

	@Test
	void readsRatingsAndReviewsCountsOnLinesOfTheirOwn() {
		ParsedDocument page = page("A Title", "1,204 ratings", "12 reviews", "4.12 avg rating \u2014 203 ratings");
		assertThat(page.part(ParsedBook.class).printedRatings()).isEqualTo(1204);
		assertThat(page.part(ParsedBook.class).printedReviews()).isEqualTo(12);
		assertThat(page.part(ParsedBook.class).printedAverage()).isEqualByComparingTo("4.12");
		assertThat(BookFixtures.notesBesidesTheTitle(page)).extracting(SourceNote::line, SourceNote::kind)
			.containsExactly(tuple(4, NoteKind.OTHER));
		assertThat(BookFixtures.notesBesidesTheTitle(page).get(0).message())
			.isEqualTo("This line prints 203 ratings where line 2 prints 1,204 ratings.");
		assertThat(page.unaccounted()).isEmpty();
	}

	@Test
	void keepsARunOfGenresSeparatedOnlyBySpacesAsPrinted() {
		ParsedDocument page = page("A Title", "Genres", "History Russia Nonfiction Politics ...more");
		assertThat(page.part(ParsedBook.class).genres()).containsExactly("History Russia Nonfiction Politics");
		assertThat(use(page, 3)).extracting(LineUse::role, LineUse::label).containsExactly(LineRole.METADATA, "genres");
	}

	@Test
	void readsGenresGluedToTheirLabel() {
		ParsedDocument page = page("A Title", "GenresHistory · 20th Century · Russia");
		assertThat(page.part(ParsedBook.class).genres()).containsExactly("History", "20th Century", "Russia");
	}

	@Test
	void takesTheTitleAboveItsContributorsAndTheAuthorsAmongThem() {
		ParsedDocument page = page("Want to read", "Rate this book", "A Tale of the Ferry",
				"Antoine de Saint-Exupéry, Ben Lusk (Illustrator)", "3.87", "1,300 ratings12 reviews", "Want to read",
				"A river story.");
		assertThat(page.title()).isEqualTo("A Tale of the Ferry");
		assertThat(page.part(ParsedBook.class).author()).isEqualTo("Antoine de Saint-Exupéry");
		assertThat(use(page, 4)).extracting(LineUse::role, LineUse::label).containsExactly(LineRole.METADATA, "author");
		assertThat(page.notes()).isEmpty();
	}

	@Test
	void takesATitleThatIsAWordOfTheSiteMenuWhereTheAuthorAndRatingsStandUnderIt() {
		ParsedDocument page = page("Home", "My Books", "Browse ▾", "Genres", "Sign in", "Join", "Want to read",
				"Rate this book", "Home", "Ann Vos", "3.98", "1,200 ratings90 reviews", "Want to read",
				"A house by a river.");
		assertThat(page.title()).isEqualTo("Home");
		assertThat(page.part(ParsedBook.class).author()).isEqualTo("Ann Vos");
		assertThat(use(page, 1)).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.FURNITURE, "site menu");
		assertThat(use(page, 9)).extracting(LineUse::role, LineUse::label).containsExactly(LineRole.TITLE, "title");
		assertThat(page.notes()).isEmpty();
	}

	@Test
	void partsGenresWhoseLinksTheCopyGluedTogether() {
		ParsedDocument glued = page("A Title", "GenresYoung AdultHistorical FictionRussia");
		assertThat(glued.part(ParsedBook.class).genres()).containsExactly("Young Adult", "Historical Fiction",
				"Russia");
		ParsedDocument underLabel = page("A Title", "Genres", "Cold WarHistoryNonfiction");
		assertThat(underLabel.part(ParsedBook.class).genres()).containsExactly("Cold War", "History", "Nonfiction");
	}

	@Test
	void keepsAGenreWithACapitalInsideWhole() {
		ParsedDocument page = page("A Title", "Genres", "LitRPG Fantasy");
		assertThat(page.part(ParsedBook.class).genres()).containsExactly("LitRPG Fantasy");
	}

	@Test
	void leavesAGenresLabelWithoutGenresToTheDescription() {
		ParsedDocument page = page("A Title", "Genres", "Few novels of the period crossed so many of them.");
		assertThat(page.part(ParsedBook.class).genres()).isEmpty();
		assertThat(page.sections().get(0).passages()).hasSize(2);
	}

	@Test
	void notesAnInvalidIsbnAndKeepsItAsPrinted() {
		ParsedDocument page = page("A Title", "ISBN: 978-0-306-40615-8", "Language: English");
		assertThat(page.part(ParsedBook.class).isbn()).isEqualTo("978-0-306-40615-8");
		assertThat(page.part(ParsedBook.class).language()).isEqualTo("English");
		assertThat(BookFixtures.notesBesidesTheTitle(page)).extracting(SourceNote::line, SourceNote::kind)
			.containsExactly(tuple(2, NoteKind.CITATION_UNCERTAIN));
		assertThat(BookFixtures.notesBesidesTheTitle(page).get(0).message()).contains("\"978-0-306-40615-8\"",
				"checksum");
	}

	@Test
	void leavesALabelWhoseValueDoesNotReadAsThatFieldToTheDescription() {
		ParsedDocument page = page("A Title", "Language",
				"The novel mixes Russian and Yiddish, and its translator kept both.");
		assertThat(page.part(ParsedBook.class).language()).isNull();
		assertThat(page.sections().get(0).passages()).extracting(ParsedPassage::firstLine).containsExactly(2, 3);
	}

	@Test
	void takesNoSummaryOrLikesLineForAReviewerWhereNamesStandAlone() {
		ParsedDocument page = page("A Title", "Community Reviews", "4.12", "203 ratings", "5 reviews", "Noor",
				"December 7, 2022", "Short and sharp.", "12 likes");
		assertThat(page.part(ParsedReviews.class).reviews()).singleElement().satisfies((review) -> {
			assertThat(review.reviewer()).isEqualTo("Noor");
			assertThat(review.likes()).isEqualTo(12);
		});
		assertThat(page.part(ParsedBook.class).printedReviews()).isEqualTo(5);
		assertThat(page.unaccounted()).isEmpty();
	}

	@Test
	void checksOnlyAHistogramOfAllFiveBars() {
		ParsedDocument page = page("A Title", "4.90", "50 ratings", "5 stars", "7 (70%)", "4 stars", "3 (30%)");
		assertThat(page.part(ParsedBook.class).histogram()).hasSize(2);
		assertThat(BookFixtures.notesBesidesTheTitle(page)).isEmpty();
	}

	@Test
	void acceptsAnAverageWithinAHundredthOfTheHistogramsMean() {
		// 1 x 5 stars and 1 x 4 stars: a mean of 4.5, printed 4.51 or 4.49 by rounding.
		String[] histogram = { "5 stars", "1", "4 stars", "1", "3 stars", "0", "2 stars", "0", "1 star", "0" };
		assertThat(page(concat(new String[] { "A Title", "4.51", "2 ratings" }, histogram)).notes()).isEmpty();
		assertThat(page(concat(new String[] { "A Title", "4.52" }, histogram)).notes()).extracting(SourceNote::kind)
			.containsExactly(NoteKind.HISTOGRAM_MISMATCH);
	}

	@Test
	void readsDetailsAfterAColonLabel() {
		ParsedBook book = page("A Title", "Format: Hardcover", "Published: May 2, 1961 by Sovetsky Pisatel",
				"Publisher: Harvill Press")
			.part(ParsedBook.class);
		assertThat(book.format()).isEqualTo("Hardcover");
		assertThat(book.firstPublished()).isEqualTo(LocalDate.of(1961, 5, 2));
		assertThat(book.publisher()).as("the labelled publisher").isEqualTo("Harvill Press");
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
