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
 * A long book page: thirty reviews of a paged list, several hidden for spoilers, some of
 * several paragraphs.
 */
class BookPageLongTest {

	private final ParsedDocument page = BookFixtures.parse("long-page.txt");

	@Test
	void readsAllThirtyReviewsInOrder() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).hasSize(30);
		assertThat(this.page.part(ParsedReviews.class).reviews().get(0).reviewer()).isEqualTo("Annika Strand");
		assertThat(this.page.part(ParsedReviews.class).reviews().get(29).reviewer()).isEqualTo("Teodor Ilic");
		assertThat(this.page.part(ParsedReviews.class).reviews().get(29).anchor()).isEqualTo("r30");
		assertThat(this.page.part(ParsedReviews.class).reviews().get(29).lastLine()).isEqualTo(250);
	}

	@Test
	void marksEverySpoilerHiddenReview() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).filteredOn(ParsedReview::spoiler)
			.extracting(ParsedReview::anchor)
			.containsExactly("r4", "r13", "r27");
		assertThat(this.page.notes()).filteredOn((note) -> note.kind() == NoteKind.SPOILER_HIDDEN)
			.extracting(SourceNote::line)
			.containsExactly(73, 137, 229);
	}

	@Test
	void readsMultiParagraphReviewsWithBlankLinesInside() {
		ParsedReview ludmila = this.page.part(ParsedReviews.class).reviews().get(8);
		assertThat(ludmila.paragraphs()).extracting(ParsedPassage::firstLine).containsExactly(106, 108, 110, 112);
		assertThat(ludmila.paragraphs()).extracting(ParsedPassage::anchor)
			.containsExactly("r9-1", "r9-2", "r9-3", "r9-4");
		assertThat(this.page.part(ParsedReviews.class).reviews().get(12).paragraphs()).hasSize(3);
		assertThat(this.page.part(ParsedReviews.class).reviews().get(19).paragraphs()).hasSize(3);
	}

	@Test
	void keepsFurnitureBetweenReviewsOutOfTheReview() {
		ParsedReview emeka = this.page.part(ParsedReviews.class).reviews().get(7);
		assertThat(emeka.lastLine()).isEqualTo(98);
		assertThat(use(99)).isEqualTo(new LineUse(99, LineRole.FURNITURE, "Like", null));
		assertThat(use(100)).isEqualTo(new LineUse(100, LineRole.FURNITURE, "Comment", null));
		assertThat(this.page.part(ParsedReviews.class).reviews().get(8).firstLine()).isEqualTo(101);
	}

	@Test
	void readsAbbreviatedMonthAndLargeReviewerCounts() {
		ParsedReview felix = this.page.part(ParsedReviews.class).reviews().get(1);
		assertThat(felix.date()).isEqualTo(LocalDate.of(2016, 1, 17));
		assertThat(felix.reviewerReviews().value()).isEqualTo(1021);
		assertThat(felix.reviewerFollowers().value()).isEqualTo(3480);
		assertThat(this.page.part(ParsedReviews.class).reviews().get(17).reviewerFollowers().value()).isEqualTo(11640);
	}

	@Test
	void readsAuthorWithStatsOnThreeLines() {
		ParsedReview sam = this.page.part(ParsedReviews.class).reviews().get(9);
		assertThat(sam.reviewerIsAuthor()).isTrue();
		assertThat(sam.reviewerBooks().value()).isEqualTo(11);
		assertThat(sam.reviewerFollowers().value()).isEqualTo(902);
		assertThat(this.page.part(ParsedReviews.class).reviews().get(15).reviewerBooks().value()).isEqualTo(1);
	}

	@Test
	void countsRatingsAndShelves() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).filteredOn((review) -> review.rating() == null)
			.hasSize(7);
		assertThat(this.page.part(ParsedReviews.class).reviews())
			.filteredOn((review) -> "Want to read".equals(review.shelf()))
			.hasSize(3);
		assertThat(this.page.part(ParsedReviews.class).reviews())
			.filteredOn((review) -> "Currently reading".equals(review.shelf()))
			.hasSize(3);
	}

	@Test
	void notesClaimOfPagedList() {
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(1312);
		assertThat(this.page.notes()).contains(
				new SourceNote(46, NoteKind.CLAIMED_VS_PRESENT, "The page claims 1,312 reviews; this copy holds 30."));
	}

	@Test
	void readsBarUnderOnePercentWithoutPrintedPercentAndWithoutMismatch() {
		HistogramBar oneStar = this.page.part(ParsedBook.class).histogram().get(4);
		assertThat(oneStar.count()).isEqualTo(5);
		assertThat(oneStar.printedPercent()).isNull();
		assertThat(this.page.notes()).noneMatch((note) -> note.kind() == NoteKind.HISTOGRAM_MISMATCH);
	}

	@Test
	void notesUnreadableFirstPublishedAndKeepsItsText() {
		assertThat(this.page.part(ParsedBook.class).firstPublished()).isNull();
		assertThat(this.page.part(ParsedBook.class).firstPublishedText()).isEqualTo("Spring 2014");
		assertThat(this.page.notes()).filteredOn((note) -> note.kind() == NoteKind.UNREADABLE_VALUE)
			.extracting(SourceNote::line)
			.containsExactly(19);
	}

	@Test
	void keepsNotesInLineOrder() {
		assertThat(this.page.notes()).extracting(SourceNote::line).containsExactly(19, 46, 73, 137, 229);
	}

	@Test
	void accountsForEveryLine() {
		assertThat(this.page.lines()).hasSize(255);
		assertThat(this.page.unaccounted()).isEmpty();
	}

	private LineUse use(int line) {
		return this.page.lines().get(line - 1);
	}

}
