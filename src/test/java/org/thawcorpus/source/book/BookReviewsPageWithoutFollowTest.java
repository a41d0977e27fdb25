package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.Detection;
import org.thawcorpus.source.KindDetector;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Pages of all of a book's reviews copied without "Follow" lines, with counts grouped and
 * abbreviated as other languages print them, and with a single review.
 */
class BookReviewsPageWithoutFollowTest {

	private final ParsedDocument page = BookFixtures.parse("reviews-page-without-follow.txt");

	private final List<ParsedReview> reviews = this.page.part(ParsedReviews.class).reviews();

	@Test
	void takesTheNameNotTheStatsLineForTheReviewer() {
		assertThat(this.reviews).extracting(ParsedReview::reviewer, ParsedReview::date)
			.containsExactly(tuple("Ilse Brandt", LocalDate.of(2024, 3, 3)),
					tuple("Khanh, first of her name, reader of letters", LocalDate.of(2015, 11, 24)),
					tuple("李明", LocalDate.of(2020, 12, 1)), tuple("Noor", LocalDate.of(2019, 5, 5)));
		assertThat(this.page.lines().subList(14, 17)).extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.REVIEW, "reviewer"), tuple(LineRole.REVIEW, "reviewer stats"),
					tuple(LineRole.REVIEW, "date"));
	}

	@Test
	void readsCountsGroupedBySpacesAndAbbreviatedInGerman() {
		ParsedReview ilse = this.reviews.get(0);
		assertThat(ilse.reviewerReviews()).isEqualTo(new PrintedCount(1234, "1 234", true));
		assertThat(ilse.reviewerFollowers()).isEqualTo(new PrintedCount(15_200, "15,2 Tsd.", false));
		assertThat(this.reviews.get(1).reviewerFollowers().printed()).isEqualTo("41.5k");
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(1234);
	}

	@Test
	void readsTheShelvesLineBeforeTheNextReviewer() {
		assertThat(this.reviews.get(0).shelf()).isEqualTo("history, letters");
		assertThat(this.reviews.get(0).paragraphs()).hasSize(1);
		assertThat(this.reviews.get(1).shelf()).isEqualTo("Read");
		assertThat(this.reviews.get(1).likes()).isEqualTo(3);
	}

	@Test
	void accountsForEveryLine() {
		assertThat(this.page.title()).isEqualTo("Letters from Karaganda");
		assertThat(this.page.unaccounted()).isEmpty();
		assertThat(this.page.notes()).extracting(SourceNote::kind, SourceNote::message)
			.containsExactly(tuple(NoteKind.CLAIMED_VS_PRESENT, "The page claims 1 234 reviews; this copy holds 4."));
	}

	@Test
	void recognisesThePagesAsBookPagesByTheirClaimAndHeading() {
		Detection single = KindDetector.detect(BookFixtures.lines("single-review.txt"));
		assertThat(single.kind()).isEqualTo(BookPageKind.KIND);
		assertThat(single.reason()).contains("a reviews counter", "a book-page section heading");
		assertThat(KindDetector.detect(BookFixtures.lines("reviews-page-without-follow.txt")).kind())
			.isEqualTo(BookPageKind.KIND);
	}

	@Test
	void readsAPageOfASingleReview() {
		ParsedDocument single = BookFixtures.parse("single-review.txt");
		assertThat(single.title()).isEqualTo("A Winter Without Snow");
		assertThat(single.part(ParsedBook.class).reviewsClaimed()).isEqualTo(1);
		assertThat(single.part(ParsedReviews.class).reviews()).singleElement()
			.extracting(ParsedReview::reviewer, ParsedReview::date, ParsedReview::reviewerIsAuthor)
			.containsExactly("Jaan Tamm", LocalDate.of(2025, 3, 26), true);
		assertThat(single.lines().get(18)).isEqualTo(new LineUse(19, LineRole.METADATA, "reviews claimed", null));
		assertThat(single.notes()).isEmpty();
		assertThat(single.sections()).as("no shop button as a passage").isEmpty();
		assertThat(single.unaccounted()).isEmpty();
	}

	@Test
	void takesNoReviewerAboveTheirCountOfReviewsForTheTitle() {
		ParsedDocument untitled = BookFixtures.parseText(String.join("\n", "Letters from Karaganda",
				"Community Reviews", "Noor", "12 reviews", "May 5, 2019", "Short and sharp.", ""));
		assertThat(untitled.title()).isEqualTo("Letters from Karaganda");
		assertThat(untitled.notes()).extracting(SourceNote::kind).containsExactly(NoteKind.TITLE_FROM_FIRST_LINE);
		assertThat(untitled.part(ParsedReviews.class).reviews()).extracting(ParsedReview::reviewer)
			.containsExactly("Noor");
	}

	@Test
	void makesNoClaimFromAnAbbreviatedCount() {
		ParsedDocument abbreviated = BookFixtures.parseText(String.join("\n", "A Title", "Community Reviews",
				"Displaying 1 - 1 of 238k reviews", "Noor", "12 reviews", "May 5, 2019", "Short and sharp.", ""));
		assertThat(abbreviated.part(ParsedBook.class).reviewsClaimed()).isNull();
		assertThat(abbreviated.lines().get(2)).isEqualTo(new LineUse(3, LineRole.METADATA, "reviews claimed", null));
		assertThat(abbreviated.notes()).noneMatch((note) -> note.kind() == NoteKind.CLAIMED_VS_PRESENT);
		assertThat(abbreviated.part(ParsedReviews.class).reviews()).hasSize(1);
	}

}
