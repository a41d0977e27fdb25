package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Saved book pages read from their markup: a book page in the 2025 layout with JSON-LD,
 * and a page of all of a book's reviews; what each block became; and other kinds' pages,
 * which do not score as book pages.
 */
class BookPageHtmlTest {

	private static ParsedDocument read(HtmlPage page) {
		ParsedDocument document = new BookPageKind().read(page);
		assertKeepsTheRules(page, document);
		return document;
	}

	/** The block whose text is that, or fails. */
	private static int block(HtmlPage page, String text) {
		return page.blocks()
			.stream()
			.filter((b) -> b.text().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no block \"" + text + "\""))
			.number();
	}

	private static LineUse use(ParsedDocument document, int block) {
		return document.lines().get(block - 1);
	}

	/**
	 * Every block has one use, none unaccounted; every passage is its blocks' text,
	 * claimed by its anchor; anchors are unique; reviews lie in page order.
	 */
	static void assertKeepsTheRules(HtmlPage page, ParsedDocument document) {
		assertThat(document.lines()).extracting(LineUse::line)
			.containsExactlyElementsOf(page.blocks().stream().map((b) -> b.number()).toList());
		assertThat(document.unaccounted()).isEmpty();
		SourceLines lines = page.lines();
		Set<String> anchors = new HashSet<>();
		List<ParsedPassage> passages = new ArrayList<>();
		document.sections().forEach((s) -> passages.addAll(s.passages()));
		int previous = 0;
		for (ParsedReview review : document.part(ParsedReviews.class).reviews()) {
			assertThat(anchors.add(review.anchor())).as("unique %s", review.anchor()).isTrue();
			assertThat(review.firstLine()).isGreaterThan(previous);
			previous = review.lastLine();
			for (ParsedPassage paragraph : review.paragraphs()) {
				assertThat(paragraph.firstLine()).isBetween(review.firstLine(), review.lastLine());
				assertThat(use(document, paragraph.firstLine()).role()).isEqualTo(LineRole.REVIEW);
			}
			passages.addAll(review.paragraphs());
		}
		for (ParsedPassage passage : passages) {
			assertThat(anchors.add(passage.anchor())).as("unique %s", passage.anchor()).isTrue();
			assertThat(passage.text())
				.isEqualTo(String.join("\n", lines.all().subList(passage.firstLine() - 1, passage.lastLine())));
			for (int n = passage.firstLine(); n <= passage.lastLine(); n++) {
				assertThat(use(document, n).anchor()).isEqualTo(passage.anchor());
			}
		}
		assertThat(document.notes()).extracting(SourceNote::line)
			.filteredOn((line) -> line != null)
			.isSorted()
			.allMatch((line) -> line >= 1 && line <= lines.count());
	}

	/** A book page in the 2025 layout: JSON-LD, details list, histogram, four reviews. */
	@Nested
	class BookPage2025 {

		private final HtmlPage page = BookFixtures.html("book-page-2025.html");

		private final ParsedDocument document = read(this.page);

		private final ParsedBook book = this.document.part(ParsedBook.class);

		private final List<ParsedReview> reviews = this.document.part(ParsedReviews.class).reviews();

		@Test
		void isRecognisedAsABookPageByItsMarkup() {
			assertThat(new BookPageKind().score(this.page).evidence()).contains("JSON-LD of a Book",
					"an Open Graph type of book", "4 review cards", "a star histogram");
			assertThat(HtmlKinds.parse(this.page).kind()).isEqualTo(BookPageKind.KIND);
		}

		@Test
		void takesTheTitleFromTheHeadingNotTheDocumentTitleAndTheSeriesAboveIt() {
			assertThat(this.document.title()).isEqualTo("The Lilac Winter");
			assertThat(this.book.series()).isEqualTo("Sixties Letters #1");
			assertThat(use(this.document, block(this.page, "The Lilac Winter")).role()).isEqualTo(LineRole.TITLE);
			assertThat(use(this.document, block(this.page, "Sixties Letters #1")))
				.extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "series");
		}

		@Test
		void namesTheAuthorsWithoutTheTranslatorAndReadsTheAuthorsStats() {
			assertThat(this.book.author()).isEqualTo("Irina Saltykova");
			assertThat(this.book.authorBooks().value()).isEqualTo(12);
			assertThat(this.book.authorFollowers().value()).isEqualTo(2318);
		}

		@Test
		void readsTheDescriptionParagraphByParagraphAndTheBiographyUnderItsHeading() {
			ParsedSection lead = this.document.sections().get(0);
			assertThat(lead.title()).isNull();
			assertThat(lead.passages()).extracting(ParsedPassage::anchor).containsExactly("p1", "p2", "p3");
			assertThat(lead.passages().get(1).text()).isEqualTo(
					"Vera Lunina sorts the papers of a closed institute and reads, between the lines of its reports, "
							+ "the thaw that came and went.");
			ParsedSection about = this.document.sections().get(1);
			assertThat(about.title()).isEqualTo("About the author");
			assertThat(about.passages()).extracting(ParsedPassage::anchor).containsExactly("p4", "p5");
			assertThat(about.passages().get(0).text()).startsWith("Irina Saltykova was born in Barnaul");
		}

		@Test
		void readsTheEditionFromTheDetailsListAndTheJsonLd() {
			assertThat(this.book.pages()).isEqualTo(312);
			assertThat(this.book.format()).isEqualTo("Paperback");
			assertThat(this.book.firstPublished()).isEqualTo(LocalDate.of(2019, 10, 2));
			assertThat(this.book.publisher()).isEqualTo("Birch Lane Press");
			assertThat(this.book.isbn()).isEqualTo("9781912345670");
			assertThat(this.book.language()).isEqualTo("English");
			assertThat(this.book.currentlyReading().value()).isEqualTo(1204);
			assertThat(this.book.wantToRead().value()).isEqualTo(15300);
			assertThat(use(this.document, block(this.page, "Novosibirsk, Soviet Union")))
				.extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "book details");
		}

		@Test
		void takesTheGenresFromTheGenreListNotTheSiteMenu() {
			assertThat(this.book.genres()).containsExactly("Historical Fiction", "Russia", "Epistolary");
			assertThat(use(this.document, block(this.page, "Genres"))).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "page header");
		}

		@Test
		void readsTheHistogramRatingsAndReviewsClaimed() {
			assertThat(this.book.histogram())
				.extracting(HistogramBar::stars, HistogramBar::count, HistogramBar::printedPercent)
				.containsExactly(tuple(5, 30, 30), tuple(4, 35, 35), tuple(3, 20, 20), tuple(2, 10, 10),
						tuple(1, 5, 5));
			assertThat(this.book.printedAverage()).isEqualByComparingTo("3.75");
			assertThat(this.book.printedRatings()).isEqualTo(100);
			assertThat(this.book.printedReviews()).isEqualTo(14);
			assertThat(this.book.reviewsClaimed()).isEqualTo(14);
			assertThat(this.document.notes()).filteredOn((n) -> n.kind() == NoteKind.CLAIMED_VS_PRESENT)
				.extracting(SourceNote::message)
				.containsExactly("The page claims 14 reviews; this copy holds 4.");
		}

		@Test
		void readsEachReviewersNameStatsAndAuthorBadge() {
			assertThat(this.reviews)
				.extracting(ParsedReview::reviewer, ParsedReview::reviewerIsAuthor,
						(r) -> PrintedCount.intOrNull(r.reviewerBooks()),
						(r) -> PrintedCount.intOrNull(r.reviewerReviews()),
						(r) -> PrintedCount.intOrNull(r.reviewerFollowers()))
				.containsExactly(tuple("Oksana Veretennikova", false, null, 412, 15200),
						tuple("Dmitri Karsavin", true, 3, null, 88), tuple("Pavel Drozdov", false, null, 73, 1),
						tuple("Lena Marchetti", false, null, 1906, 640));
		}

		@Test
		void readsTheStarsFromTheirLabelAndNoneWhereTheCardShowsNone() {
			assertThat(this.reviews).extracting(ParsedReview::rating).containsExactly(5, null, 2, 3);
		}

		@Test
		void readsTheDateFromItsDatetimeBeforeItsText() {
			assertThat(this.reviews).extracting(ParsedReview::date)
				.containsExactly(LocalDate.of(2022, 4, 3), LocalDate.of(2021, 11, 30), LocalDate.of(2023, 2, 14),
						LocalDate.of(2024, 1, 9));
			assertThat(this.document.notes()).noneMatch((n) -> n.kind() == NoteKind.UNREADABLE_VALUE);
		}

		@Test
		void readsShelvesLikesAndComments() {
			assertThat(this.reviews).extracting(ParsedReview::shelf, ParsedReview::likes, ParsedReview::comments)
				.containsExactly(tuple("favorites, soviet-history", 57, 4), tuple("Read", 12, null),
						tuple(null, 1, null), tuple(null, null, null));
		}

		@Test
		void readsEachBlockOfTheTextAsAParagraphAndAHiddenSpoilerAsText() {
			ParsedReview first = this.reviews.get(0);
			assertThat(first.paragraphs()).extracting(ParsedPassage::anchor)
				.containsExactly("r1-1", "r1-2", "r1-3", "r1-4", "r1-5", "r1-6");
			assertThat(first.paragraphs()).extracting(ParsedPassage::text)
				.contains("letters were burned in the stove", "\"The thaw is a season, not a promise.\"");
			assertThat(use(this.document, block(this.page, "letters were burned in the stove")).label())
				.isEqualTo("spoiler text");
			assertThat(this.reviews.get(1).paragraphs()).extracting(ParsedPassage::text)
				.containsExactly("I knew the institute she writes about; she has the corridors right.",
						"No stars from me: I am in the acknowledgements.");
		}

		@Test
		void marksAReviewThePageHidForSpoilersAndNotesIt() {
			assertThat(this.reviews).extracting(ParsedReview::spoiler).containsExactly(false, false, true, false);
			assertThat(this.reviews.get(2).paragraphs()).hasSize(2);
			int notice = block(this.page, "This entire review has been hidden because of spoilers.");
			assertThat(use(this.document, notice)).extracting(LineUse::role, LineUse::label, LineUse::anchor)
				.containsExactly(LineRole.REVIEW, "spoiler notice", "r3");
			assertThat(this.document.notes()).filteredOn((n) -> n.kind() == NoteKind.SPOILER_HIDDEN)
				.extracting(SourceNote::line, SourceNote::message)
				.contains(tuple(notice, "The page hid review r3 by Pavel Drozdov because of spoilers."));
		}

		@Test
		void setsAsideTheReviewButtonsAndPromptsAsFurniture() {
			for (String text : List.of("Follow", "Like", "Comment", "Show more", "Show full review", "Write a Review",
					"Rate this book", "Search review text", "Filters", "Jump to ratings and reviews",
					"Create a free account to discover what your friends think of this book!",
					"More reviews and ratings", "Sign in", "About us")) {
				assertThat(use(this.document, block(this.page, text)).role()).as(text).isEqualTo(LineRole.FURNITURE);
			}
			assertThat(use(this.document, block(this.page, "Friends & Following")).label())
				.isEqualTo("section heading");
			assertThat(use(this.document, block(this.page, "Displaying 1 - 4 of 14 reviews")))
				.extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "reviews claimed");
		}

		@Test
		void keepsFurnitureOutOfEveryPassage() {
			List<String> texts = new ArrayList<>();
			this.document.sections().forEach((s) -> s.passages().forEach((p) -> texts.add(p.text())));
			this.reviews.forEach((r) -> r.paragraphs().forEach((p) -> texts.add(p.text())));
			assertThat(texts).noneMatch((t) -> t.contains("Follow") || t.contains("Show more")
					|| t.contains("Rate this book") || t.contains("likes"));
		}

	}

	/** A page of all of a book's reviews, mostly harsher than the book's histogram. */
	@Nested
	class AllReviewsPage {

		private final HtmlPage page = BookFixtures.html("all-reviews.html");

		private final ParsedDocument document = read(this.page);

		private final List<ParsedReview> reviews = this.document.part(ParsedReviews.class).reviews();

		@Test
		void takesTheBooksTitleNotTheHeadingAboveItNorTheDocumentTitle() {
			assertThat(this.document.title()).isEqualTo("The Lilac Winter")
				.isEqualTo(read(BookFixtures.html("book-page-2025.html")).title());
			assertThat(use(this.document, block(this.page, "Ratings & Reviews for")))
				.extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "title heading");
			assertThat(this.document.part(ParsedBook.class).author()).isEqualTo("Irina Saltykova");
		}

		@Test
		void readsEveryReviewWithItsStarsAndItsShelfWhereUnrated() {
			assertThat(this.reviews).extracting(ParsedReview::reviewer, ParsedReview::rating)
				.containsExactly(tuple("Gennady Orlov", 1), tuple("Marina Sokolik", 2), tuple("Yuri Bestuzhev", 1),
						tuple("Alla Permyakova", 2), tuple("Boris Tal", 1), tuple("Nina Ostrowska", null));
			assertThat(this.reviews.get(5).shelf()).isEqualTo("Currently reading");
			assertThat(this.reviews.get(4).date()).isEqualTo(LocalDate.of(2023, 9, 9));
			assertThat(this.reviews.get(3)).extracting(ParsedReview::likes, ParsedReview::comments)
				.containsExactly(2, 1);
		}

		@Test
		void notesThatTheReviewsPresentAreHarsherThanTheHistogram() {
			assertThat(this.document.notes()).extracting(SourceNote::kind).containsExactly(NoteKind.STARS_VS_HISTOGRAM);
			SourceNote note = this.document.notes().get(0);
			assertThat(note.line()).isEqualTo(block(this.page, "30 (30%)"));
			assertThat(note.message()).isEqualTo("The 5 rated reviews in this copy average 1.4 stars, the histogram's "
					+ "100 ratings 3.8: the reviews present are harsher than the readers' ratings as a whole.");
		}

		@Test
		void readsTheSameBookAsTheTextReaderReadsInTheCopyOfItsText() {
			ParsedDocument text = new BookPageKind().read(SourceLines.of(String.join("\n", this.page.lines().all())));
			ParsedBook fromText = text.part(ParsedBook.class);
			ParsedBook fromMarkup = this.document.part(ParsedBook.class);
			assertThat(text.title()).isEqualTo(this.document.title());
			assertThat(fromText.author()).isEqualTo(fromMarkup.author());
			assertThat(fromText.histogram()).isEqualTo(fromMarkup.histogram());
			assertThat(fromText.reviewsClaimed()).isEqualTo(fromMarkup.reviewsClaimed()).isEqualTo(6);
			assertThat(text.part(ParsedReviews.class).reviews()).extracting(ParsedReview::reviewer)
				.containsExactlyElementsOf(this.reviews.stream().map(ParsedReview::reviewer).toList());
			assertThat(text.part(ParsedReviews.class).reviews()).extracting(ParsedReview::rating).containsOnlyNulls();
		}

	}

	/** Pages of other kinds, with stars and books in their text, are no book pages. */
	@Nested
	class OtherKinds {

		@Test
		void anEncyclopediaArticleCitingABookDoesNotScoreAsABookPage() {
			HtmlPage article = BookFixtures.html("not-a-book-article.html");
			assertThat(new BookPageKind().score(article).points()).isLessThan(3);
			assertThat(HtmlKinds.parse(article).kind()).isNotEqualTo(BookPageKind.KIND);
		}

		@Test
		void aBlogPostReviewingABookWithStarsDoesNotScoreAsABookPage() {
			HtmlPage post = BookFixtures.html("not-a-book-blog.html");
			assertThat(new BookPageKind().score(post).points()).isZero();
			assertThat(HtmlKinds.parse(post).kind()).isNotEqualTo(BookPageKind.KIND);
		}

	}

	/** Markup no saved page should have, read without failing. */
	@Nested
	class Robustness {

		@Test
		void readsAReviewNestedTenThousandElementsDeep() {
			String deep = "<div>".repeat(10_000) + "The deepest paragraph." + "</div>".repeat(10_000);
			HtmlPage page = HtmlPage.parse("<html><body><main><div class=\"RatingsHistogram\"></div>"
					+ "<article class=\"ReviewCard\"><div class=\"ReviewerProfile__name\">Ilya Garin</div>"
					+ "<section class=\"ReviewText__content\">" + deep + "</section></article></main></body></html>");
			ParsedDocument document = read(page);
			ParsedReview review = document.part(ParsedReviews.class).reviews().get(0);
			assertThat(review.reviewer()).isEqualTo("Ilya Garin");
			assertThat(review.paragraphs()).extracting(ParsedPassage::text).containsExactly("The deepest paragraph.");
		}

		@Test
		void readsAPageOfAThousandReviewCards() {
			String card = BookFixtures.html("all-reviews.html").dom().selectFirst(".ReviewCard").outerHtml();
			String html = "<html><body><main><div class=\"ReviewsList\">" + card.repeat(1_000)
					+ "</div></main></body></html>";
			assertThat(html.length()).isGreaterThan(1_000_000);
			ParsedDocument document = read(HtmlPage.parse(html));
			assertThat(document.part(ParsedReviews.class).reviews()).hasSize(1_000);
		}

	}

}
