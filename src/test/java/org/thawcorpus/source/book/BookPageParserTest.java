package org.thawcorpus.source.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.blog.ParsedComments;

import static org.assertj.core.api.Assertions.assertThat;

/** The book page parser against the seed copy of a book page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookPageParserTest {

	private SourceLines lines;

	private ParsedDocument page;

	@BeforeAll
	void parseSeed() throws IOException {
		String text = Files.readString(Path.of("seeds/002_12126d8ba7d39fd3.txt"), StandardCharsets.UTF_8);
		this.lines = SourceLines.of(text);
		this.page = new BookPageKind().read(this.lines);
	}

	@Test
	void readsAsBookPage() {
		assertThat(this.page.kind()).isEqualTo(BookPageKind.KIND);
		assertThat(this.page.parts()).noneMatch(ParsedComments.class::isInstance);
	}

	@Test
	void readsTitle() {
		assertThat(this.page.title()).isEqualTo("Moscow 1956: The Silenced Spring");
		assertThat(use(4).role()).isEqualTo(LineRole.TITLE);
	}

	@Test
	void readsEachDescriptionLineAsParagraph() {
		assertThat(this.page.sections()).hasSize(1);
		ParsedSection description = this.page.sections().get(0);
		assertThat(description.title()).isNull();
		assertThat(description.passages()).extracting(ParsedPassage::anchor).containsExactly("p1", "p2", "p3");
		assertThat(description.passages()).extracting(ParsedPassage::firstLine).containsExactly(7, 9, 11);
		assertThat(use(9).role()).isEqualTo(LineRole.PASSAGE);
		assertThat(use(9).anchor()).isEqualTo("p2");
	}

	@Test
	void keepsOriginalTypographyInPassages() {
		ParsedPassage first = this.page.sections().get(0).passages().get(0);
		assertThat(first.text()).isEqualTo(this.lines.line(7)).contains("predecessor\u2019s");
		ParsedPassage third = this.page.sections().get(0).passages().get(2);
		assertThat(third.text()).contains("bloc\u2015notably");
	}

	@Test
	void readsBookDetails() {
		ParsedBook book = this.page.part(ParsedBook.class);
		assertThat(book.pages()).isEqualTo(400);
		assertThat(book.format()).isEqualTo("Hardcover");
		assertThat(book.firstPublished()).isEqualTo(LocalDate.of(2017, 4, 17));
		assertThat(book.firstPublishedText()).isEqualTo("April 17, 2017");
		assertThat(book.currentlyReading().value()).isEqualTo(6);
		assertThat(book.wantToRead().value()).isEqualTo(141);
		assertThat(use(13).label()).isEqualTo("page count and format");
		assertThat(use(15).label()).isEqualTo("first published");
		assertThat(use(17).label()).isEqualTo("currently reading");
		assertThat(use(18).label()).isEqualTo("want to read");
	}

	@Test
	void readsAuthorAndGluedAuthorStats() {
		ParsedBook book = this.page.part(ParsedBook.class);
		assertThat(book.author()).isEqualTo("Kathleen E. Smith");
		assertThat(book.authorBooks().value()).isEqualTo(4);
		assertThat(book.authorFollowers().value()).isEqualTo(5);
		assertThat(use(22)).isEqualTo(new LineUse(22, LineRole.METADATA, "author", null));
		assertThat(use(24)).isEqualTo(new LineUse(24, LineRole.METADATA, "author stats", null));
	}

	@Test
	void readsHistogramFiveStarsFirst() {
		List<HistogramBar> bars = this.page.part(ParsedBook.class).histogram();
		assertThat(bars).extracting(HistogramBar::stars).containsExactly(5, 4, 3, 2, 1);
		assertThat(bars).extracting(HistogramBar::count).containsExactly(11, 16, 5, 1, 0);
		assertThat(bars).extracting(HistogramBar::printedPercent).containsExactly(33, 48, 15, 3, 0);
		assertThat(bars).extracting(HistogramBar::line).containsExactly(38, 40, 42, 44, 46);
		assertThat(use(37).label()).isEqualTo("histogram 5 stars");
		assertThat(use(38).label()).isEqualTo("histogram 5 stars");
		assertThat(use(45).label()).isEqualTo("histogram 1 star");
		assertThat(this.page.notes()).noneMatch((note) -> note.kind() == NoteKind.HISTOGRAM_MISMATCH);
	}

	@Test
	void readsReviewsClaimed() {
		assertThat(this.page.part(ParsedBook.class).reviewsClaimed()).isEqualTo(11);
		assertThat(use(47)).isEqualTo(new LineUse(47, LineRole.METADATA, "reviews claimed", null));
		assertThat(use(145)).isEqualTo(new LineUse(145, LineRole.METADATA, "reviews claimed", null));
	}

	@Test
	void notesClaimedReviewsAgainstPresentOnFirstDisplayingLine() {
		assertThat(this.page.notes()).filteredOn((note) -> note.kind() == NoteKind.CLAIMED_VS_PRESENT)
			.containsExactly(
					new SourceNote(47, NoteKind.CLAIMED_VS_PRESENT, "The page claims 11 reviews; this copy holds 10."));
	}

	@Test
	void readsEveryReviewInOrder() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::reviewer)
			.containsExactly("Jovan Autonoma\u0161evi\u0107", "Liviu", "Marren", "John Ryan", "Ted Haussman",
					"Martin Weigand", "Marshall", "Alexandra", "Michael Samerdyke", "Baris");
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::anchor)
			.containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10");
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::firstLine)
			.containsExactly(48, 52, 56, 61, 104, 113, 119, 125, 129, 141);
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::lastLine)
			.containsExactly(51, 55, 60, 103, 112, 118, 124, 128, 140, 144);
	}

	@Test
	void readsGluedReviewerStatsWithAuthorPrefix() {
		ParsedReview jovan = review(1);
		assertThat(jovan.reviewerIsAuthor()).isTrue();
		assertThat(jovan.reviewerBooks().value()).isEqualTo(3);
		assertThat(jovan.reviewerReviews()).isNull();
		assertThat(jovan.reviewerFollowers().value()).isEqualTo(27);
		ParsedReview michael = review(9);
		assertThat(michael.reviewerIsAuthor()).isTrue();
		assertThat(michael.reviewerBooks().value()).isEqualTo(63);
		assertThat(michael.reviewerFollowers().value()).isEqualTo(21);
	}

	@Test
	void readsGluedReviewCountsWithThousandsSeparator() {
		ParsedReview liviu = review(2);
		assertThat(liviu.reviewerIsAuthor()).isFalse();
		assertThat(liviu.reviewerBooks()).isNull();
		assertThat(liviu.reviewerReviews().value()).isEqualTo(2520);
		assertThat(liviu.reviewerFollowers().value()).isEqualTo(705);
	}

	@Test
	void readsSingularFollowerAndReviewCountAlone() {
		assertThat(review(8).reviewerReviews().value()).isEqualTo(90);
		assertThat(review(8).reviewerFollowers().value()).isEqualTo(1);
		assertThat(review(6).reviewerReviews().value()).isEqualTo(21);
		assertThat(review(6).reviewerFollowers()).isNull();
		assertThat(review(10).reviewerReviews().value()).isEqualTo(104);
		assertThat(review(10).reviewerFollowers()).isNull();
	}

	@Test
	void readsOtherReviewerStats() {
		assertThat(this.page.part(ParsedReviews.class).reviews())
			.extracting((r) -> PrintedCount.intOrNull(r.reviewerReviews()))
			.containsExactly(null, 2520, 163, 363, 448, 21, 296, 90, null, 104);
		assertThat(this.page.part(ParsedReviews.class).reviews())
			.extracting((r) -> PrintedCount.intOrNull(r.reviewerFollowers()))
			.containsExactly(27, 705, 5, 3, 2, null, 3, 1, 21, null);
	}

	@Test
	void readsShelf() {
		assertThat(review(3).shelf()).isEqualTo("Read");
		assertThat(use(58)).isEqualTo(new LineUse(58, LineRole.REVIEW, "shelf", "r3"));
		assertThat(this.page.part(ParsedReviews.class).reviews()).filteredOn((review) -> review.shelf() != null)
			.hasSize(1);
	}

	@Test
	void readsReviewDates() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::date)
			.containsExactly(LocalDate.of(2018, 7, 29), LocalDate.of(2017, 7, 7), LocalDate.of(2022, 12, 31),
					LocalDate.of(2025, 5, 5), LocalDate.of(2017, 9, 21), LocalDate.of(2019, 10, 23),
					LocalDate.of(2017, 6, 2), LocalDate.of(2022, 4, 1), LocalDate.of(2017, 6, 9),
					LocalDate.of(2021, 3, 13));
	}

	@Test
	void leavesUnratedReviewsWithoutRating() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::rating).containsOnlyNulls();
	}

	@Test
	void readsEachBodyLineAsParagraph() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting((review) -> review.paragraphs().size())
			.containsExactly(1, 1, 1, 27, 3, 3, 2, 1, 5, 1);
		ParsedReview johnRyan = review(4);
		assertThat(johnRyan.paragraphs().get(0).anchor()).isEqualTo("r4-1");
		assertThat(johnRyan.paragraphs().get(26).anchor()).isEqualTo("r4-27");
		assertThat(johnRyan.paragraphs().get(26).firstLine()).isEqualTo(102);
		assertThat(use(83)).isEqualTo(new LineUse(83, LineRole.REVIEW, null, "r4-11"));
		assertThat(review(5).paragraphs()).extracting(ParsedPassage::firstLine).containsExactly(108, 110, 112);
	}

	@Test
	void marksSpoilerHiddenReview() {
		assertThat(this.page.part(ParsedReviews.class).reviews()).extracting(ParsedReview::spoiler)
			.containsExactly(false, false, false, true, false, false, false, false, false, false);
		assertThat(use(103)).isEqualTo(new LineUse(103, LineRole.REVIEW, "spoiler notice", "r4"));
		assertThat(review(4).paragraphs()).noneMatch((paragraph) -> paragraph.text().contains("hidden because"));
		assertThat(this.page.notes()).filteredOn((note) -> note.kind() == NoteKind.SPOILER_HIDDEN)
			.extracting(SourceNote::line)
			.containsExactly(103);
	}

	@Test
	void labelsReviewHeaderLines() {
		assertThat(use(48)).isEqualTo(new LineUse(48, LineRole.REVIEW, "reviewer", "r1"));
		assertThat(use(49)).isEqualTo(new LineUse(49, LineRole.REVIEW, "reviewer stats", "r1"));
		assertThat(use(50)).isEqualTo(new LineUse(50, LineRole.REVIEW, "date", "r1"));
		assertThat(use(51)).isEqualTo(new LineUse(51, LineRole.REVIEW, null, "r1-1"));
	}

	@Test
	void labelsFurnitureByName() {
		assertThat(use(1)).isEqualTo(new LineUse(1, LineRole.FURNITURE, "Jump to ratings and reviews", null));
		assertThat(use(2).label()).isEqualTo("Rate this book");
		assertThat(use(6).label()).isEqualTo("Rate this book");
		assertThat(use(20).label()).isEqualTo("About the author");
		assertThat(use(26).label()).isEqualTo("Ratings & Reviews");
		assertThat(use(33).label())
			.isEqualTo("Create a free account to discover what your friends think of this book!");
		assertThat(use(35).label()).isEqualTo("Community Reviews");
		assertThat(use(147))
			.isEqualTo(new LineUse(147, LineRole.FURNITURE, "Can't find what you're looking for?", null));
		assertThat(use(149).role()).isEqualTo(LineRole.FURNITURE);
	}

	@Test
	void accountsForEveryLine() {
		assertThat(this.page.lines()).hasSize(149);
		assertThat(this.page.unaccounted()).isEmpty();
		assertThat(this.page.lines()).filteredOn((use) -> use.role() == LineRole.BLANK)
			.allMatch((use) -> this.lines.isBlank(use.line()));
	}

	@Test
	void notesNothingElse() {
		assertThat(this.page.notes()).extracting(SourceNote::kind)
			.containsExactly(NoteKind.CLAIMED_VS_PRESENT, NoteKind.SPOILER_HIDDEN);
	}

	private ParsedReview review(int number) {
		return this.page.part(ParsedReviews.class).reviews().get(number - 1);
	}

	private LineUse use(int line) {
		return this.page.lines().get(line - 1);
	}

}
