package org.thawcorpus.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.thawcorpus.source.article.ArticleKind;
import org.thawcorpus.source.blog.BlogPostKind;
import org.thawcorpus.source.book.BookPageKind;
import org.thawcorpus.source.text.TextKind;

import static org.assertj.core.api.Assertions.assertThat;

class KindDetectorTest {

	@Test
	void recognisesTheArticleSeedByItsEditHeadingIsbnCitationsAndLead() {
		Detection detection = KindDetector.detect(Sources.seed(Sources.ARTICLE_SEED));
		assertThat(detection.kind()).isEqualTo(ArticleKind.KIND);
		assertThat(detection.reason()).contains("a heading with an edit link",
				"4 bibliographic parentheticals with ISBNs", "a lead sentence");
	}

	@Test
	void recognisesTheBlogSeedByItsCommentsHeaderAndFurniture() {
		Detection detection = KindDetector.detect(Sources.seed(Sources.BLOG_SEED));
		assertThat(detection.kind()).isEqualTo(BlogPostKind.KIND);
		assertThat(detection.reason()).contains("a comments header", "a reply form", "Print Friendly, PDF & Email",
				"4 numbered comments");
	}

	@Test
	void recognisesTheBookSeedByItsHistogramAndReviewHeaders() {
		Detection detection = KindDetector.detect(Sources.seed(Sources.BOOK_SEED));
		assertThat(detection.kind()).isEqualTo(BookPageKind.KIND);
		assertThat(detection.reason()).contains("\"Rate this book\"", "a star histogram", "10 review headers");
	}

	@ParameterizedTest
	@CsvSource({ "article/single-newlines-bracket-edit.txt, ENCYCLOPEDIA_ARTICLE",
			"article/blank-lines-lone-edit.txt, ENCYCLOPEDIA_ARTICLE",
			"article/longer-glued-edit.txt, ENCYCLOPEDIA_ARTICLE", "blog/says-comments-works-cited.txt, BLOG_POST",
			"blog/bare-comments-single-newlines.txt, BLOG_POST", "blog/numbered-no-closing-quote.txt, BLOG_POST",
			"text/plain-essay.txt, TEXT", "text/essay-with-works-cited.txt, TEXT",
			"article/hatnotes-lists-captions.txt, ENCYCLOPEDIA_ARTICLE",
			"blog/subheadings-threads-pingback.txt, BLOG_POST", "blog/numbered-nested-trackback.txt, BLOG_POST",
			"book/details-first-goodreads.txt, BOOK_PAGE", "book/labelled-edition-older.txt, BOOK_PAGE",
			"book/no-blank-lines.txt, BOOK_PAGE", "book/bare-names.txt, BOOK_PAGE" })
	void recognisesEachFixture(String fixture, DocumentKind kind) {
		assertThat(KindDetector.detect(Sources.fixture(fixture)).kind()).isEqualTo(kind);
	}

	@Test
	void callsAnEssayWithoutMarkersPlainTextAndSaysSo() {
		Detection detection = KindDetector.detect(Sources.fixture("text/plain-essay.txt"));
		assertThat(detection.kind()).isEqualTo(TextKind.KIND);
		assertThat(detection.reason())
			.isEqualTo("no structural markers of an encyclopedia article, blog post or book page");
	}

	@Test
	void callsAnEssayWithOnlyAWorksCitedHeadingPlainTextAndNamesWhatItFound() {
		Detection detection = KindDetector.detect(Sources.fixture("text/essay-with-works-cited.txt"));
		assertThat(detection.kind()).isEqualTo(TextKind.KIND);
		assertThat(detection.reason())
			.isEqualTo("too few markers of any kind of page, only a works-cited heading " + "(blog post)");
	}

	@Test
	void doesNotTakeALeadSentenceAloneForAnArticle() {
		Detection detection = KindDetector
			.detect(SourceLines.of("The Thaw (1953\u20131964) was a period of relative openness.\n"));
		assertThat(detection.kind()).isEqualTo(TextKind.KIND);
		assertThat(detection.reason()).contains("a lead sentence defining its subject (encyclopedia article)");
	}

	@Test
	void recognisesABookPageByItsRatingsSummaryGenresAndDetails() {
		Detection detection = KindDetector.detect(SourceLines.of("""
				A Title
				4.12
				203 ratings · 5 reviews
				Genres
				History
				320 pages, Paperback
				"""));
		assertThat(detection.kind()).isEqualTo(BookPageKind.KIND);
		assertThat(detection.reason()).contains("a ratings summary", "a genres label");
	}

	@Test
	void callsAnEmptySourcePlainText() {
		assertThat(KindDetector.detect(SourceLines.of("")).kind()).isEqualTo(TextKind.KIND);
	}

	@Test
	void parsesEachSeedWithItsKindsParserAndNoFallbackNote() {
		assertThat(SourceKinds.parse(Sources.seed(Sources.ARTICLE_SEED)).kind()).isEqualTo(ArticleKind.KIND);
		assertThat(SourceKinds.parse(Sources.seed(Sources.BLOG_SEED)).notes())
			.noneMatch((note) -> note.kind() == NoteKind.PLAIN_TEXT_FALLBACK);
		ParsedDocument essay = SourceKinds.parse(Sources.fixture("text/plain-essay.txt"));
		assertThat(essay.notes()).extracting(SourceNote::kind)
			.containsExactly(NoteKind.PLAIN_TEXT_FALLBACK, NoteKind.TITLE_FROM_FIRST_LINE);
		assertThat(essay.notes().get(0).message()).isEqualTo(
				"Imported as plain text: no structural markers of an encyclopedia article, blog post or book page.");
	}

}
