package org.thawcorpus.source.article;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Copies of wiki pages in other languages and of short pages that print neither edit
 * links nor a table of contents.
 */
class ArticleOtherLayoutsTest {

	private static List<FoundCitation> markers(ParsedDocument document) {
		return document.sections()
			.stream()
			.flatMap((s) -> s.passages().stream())
			.flatMap((p) -> p.citations().stream())
			.filter((c) -> c.entry() != null)
			.toList();
	}

	/**
	 * German Wikipedia: "[Bearbeiten | Quelltext bearbeiten]", "Einzelnachweise", "↑".
	 */
	@Nested
	class German {

		private final SourceLines lines = Sources.fixture("article/german-bracketed-edit-arrows.txt");

		private final ParsedDocument article = SourceKinds.parse(this.lines);

		@Test
		void readsTheTitleTaglineHatnotesAndHeadings() {
			Sources.assertEveryLineAccounted(this.lines, this.article);
			assertThat(this.article.title()).isEqualTo("Tauwetter-Periode");
			assertThat(List.of(2, 3, 4, 12)).extracting((n) -> Sources.use(this.article, n).label())
				.containsExactly("site tagline", "jump link", "hatnote", "hatnote");
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::role)
				.containsExactly(tuple(null, SectionRole.BODY), tuple("Vorgeschichte", SectionRole.BODY),
						tuple("Kultur", SectionRole.BODY), tuple("Einzelnachweise", SectionRole.WORKS_CITED));
		}

		@Test
		void linksTheMarkersToTheArrowedEntriesAndSetsTheFooterAside() {
			assertThat(markers(this.article)).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
				.containsExactly(tuple("[1]", "w1"), tuple("[2]", "w2"), tuple("[1]", "w1"), tuple("[3]", "w3"));
			assertThat(markers(this.article).get(0).entry().raw()).startsWith("Elena Ivanova:");
			assertThat(this.article.lines().subList(21, this.lines.count())).extracting(LineUse::role)
				.containsOnly(LineRole.FURNITURE);
		}

	}

	/** A short page copied without edit links and without a table of contents. */
	@Nested
	class BareHeadings {

		private final SourceLines lines = Sources.fixture("article/bare-headings-no-contents.txt");

		private final ParsedDocument article = SourceKinds.parse(this.lines);

		@Test
		void takesAShortLineStandingAloneOverRunningTextForAHeading() {
			Sources.assertEveryLineAccounted(this.lines, this.article);
			assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::headingLine)
				.containsExactly(tuple(null, null), tuple("Background", 5), tuple("The debate", 9),
						tuple("References", 15));
			assertThat(this.article.sections().get(2).passages()).extracting(ParsedPassage::firstLine)
				.containsExactly(11, 13);
		}

		@Test
		void takesAMenuWordOverAParagraphAndALineOverALeadInForHeadings() {
			ParsedDocument article = new ArticleParser().parse(SourceLines.of("""
					Kitchen Debate
					From Wikipedia, the free encyclopedia
					The Kitchen Debate was a series of exchanges at an exhibition in Moscow in July 1959.

					Community

					Visitors to the exhibition wrote thousands of comments in the guest books left by the doors.

					Transcript

					According to the official record:[2]

					Events

					Help
					"""));
			assertThat(article.sections()).extracting(ParsedSection::title)
				.containsExactly(null, "Community", "Transcript");
			assertThat(Sources.use(article, 13).role()).isNotEqualTo(LineRole.HEADING);
		}

		@Test
		void linksTheMarkers() {
			assertThat(markers(this.article)).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
				.containsExactly(tuple("[1]", "w1"), tuple("[2]", "w2"), tuple("[1]", "w1"), tuple("[3]", "w3"));
		}

	}

	@Test
	void keepsAShortParagraphUnderAMarkedHeadingAParagraph() {
		ParsedDocument article = new ArticleParser().parse(SourceLines.of("""
				Kitchen Debate
				From Wikipedia, the free encyclopedia
				The Kitchen Debate was an exchange at an exhibition in Moscow in July 1959.

				Background[edit]

				Exhibitions

				The two governments agreed to hold exhibitions in each other's capitals in 1958.
				"""));
		assertThat(article.sections()).extracting(ParsedSection::title).containsExactly(null, "Background");
		assertThat(Sources.use(article, 7).role()).isEqualTo(LineRole.PASSAGE);
	}

}
