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
 * Copies of fan wikis: headings without edit links, references opening with "↑", an
 * infobox of labelled rows, navigation boxes of items joined by bullets.
 */
class ArticleFanWikiTest {

	private static List<ParsedPassage> passages(ParsedDocument document) {
		return document.sections().stream().flatMap((s) -> s.passages().stream()).toList();
	}

	private static List<FoundCitation> markers(ParsedDocument document) {
		return passages(document).stream()
			.flatMap((p) -> p.citations().stream())
			.filter((c) -> c.entry() != null)
			.toList();
	}

	/** A MediaWiki fan wiki with its own tagline and a numbered contents box. */
	@Nested
	class WithTagline {

		private final SourceLines lines = Sources.fixture("article/fan-wiki-tagline-infobox.txt");

		private final ParsedDocument article = SourceKinds.parse(this.lines);

		@Test
		void isDetectedAsAnArticleAndTitledBeforeItsTagline() {
			Sources.assertEveryLineAccounted(this.lines, this.article);
			assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
			assertThat(this.article.title()).isEqualTo("Yunost");
			assertThat(Sources.use(this.article, 2).label()).isEqualTo("site tagline");
		}

		@Test
		void readsTheInfoboxRowsAndTheirValuesAsMetadata() {
			assertThat(List.of(4, 6, 7, 8, 10, 12, 14))
				.allSatisfy((n) -> assertThat(Sources.use(this.article, n)).extracting(LineUse::role, LineUse::label)
					.containsExactly(LineRole.METADATA, "infobox"));
		}

		@Test
		void takesTheLinesTheContentsListForHeadings() {
			assertThat(this.article.sections())
				.extracting(ParsedSection::title, ParsedSection::headingLine, ParsedSection::role)
				.containsExactly(tuple(null, null, SectionRole.BODY), tuple("History", 21, SectionRole.BODY),
						tuple("Contributors", 25, SectionRole.BODY), tuple("References", 32, SectionRole.WORKS_CITED));
		}

		@Test
		void linksTheMarkersToTheArrowedEntries() {
			assertThat(markers(this.article)).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
				.containsExactly(tuple("[1]", "w1"), tuple("[2]", "w2"));
			assertThat(passages(this.article)).filteredOn((p) -> p.anchor().startsWith("w"))
				.extracting((p) -> p.citations().get(0).raw())
				.allSatisfy((raw) -> assertThat(raw).doesNotContain("↑"));
		}

		@Test
		void makesTheNavigationBoxAndTheFooterFurniture() {
			assertThat(this.article.lines().subList(34, this.lines.count())).extracting(LineUse::role)
				.containsOnly(LineRole.FURNITURE);
			assertThat(this.article.lines().subList(34, 37)).extracting(LineUse::label).containsOnly("navbox");
			assertThat(Sources.use(this.article, 40).label()).isEqualTo("category links");
		}

	}

	/** A Fandom page: title above its tabs, no tagline, categories and a long footer. */
	@Nested
	class Fandom {

		private final SourceLines lines = Sources.fixture("article/fan-wiki-arrow-references.txt");

		private final ParsedDocument article = SourceKinds.parse(this.lines);

		@Test
		void takesTheTitleAboveTheTabsAndTheHeaderAboveItForFurniture() {
			Sources.assertEveryLineAccounted(this.lines, this.article);
			assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
			assertThat(this.article.title()).isEqualTo("Novy Mir");
			assertThat(Sources.use(this.article, 25).role()).isEqualTo(LineRole.TITLE);
			assertThat(this.article.lines().subList(0, 24)).extracting(LineUse::role).containsOnly(LineRole.FURNITURE);
		}

		@Test
		void makesTheTabsFurnitureAndTheHeadingOfTheSameNameAHeading() {
			assertThat(this.article.lines().subList(25, 28)).extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.FURNITURE, "page tabs"));
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::headingLine)
				.containsExactly(tuple(null, null), tuple("History", 41), tuple("Editors", 45),
						tuple("References", 49));
		}

		@Test
		void cutsTheNumberedBackLinksOfAnEntryCitedTwice() {
			ParsedPassage first = passages(this.article).stream()
				.filter((p) -> p.anchor().equals("w1"))
				.findFirst()
				.orElseThrow();
			assertThat(first.citations().get(0).raw()).startsWith("Ivanova, Elena (2011).");
			assertThat(markers(this.article)).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
				.containsExactly(tuple("[1]", "w1"), tuple("[1]", "w1"), tuple("[2]", "w2"), tuple("[3]", "w3"));
		}

		@Test
		void makesTheBulletedBoxCategoriesAndFooterFurniture() {
			assertThat(this.article.lines().subList(52, 55)).extracting(LineUse::label).containsOnly("navbox");
			assertThat(this.article.lines().subList(55, 59)).extracting(LineUse::label).containsOnly("category links");
			assertThat(this.article.lines().subList(52, this.lines.count())).extracting(LineUse::role)
				.containsOnly(LineRole.FURNITURE);
		}

	}

}
