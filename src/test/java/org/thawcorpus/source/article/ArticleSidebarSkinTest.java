package org.thawcorpus.source.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
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
 * A copy of a wiki page in the 2020s skin: the contents as a sidebar above the title, the
 * language button and the tools between the title and the tagline, headings without edit
 * links, lettered notes and numbered references, navigation boxes, a footer and the
 * sticky header after it.
 */
class ArticleSidebarSkinTest {

	private final SourceLines lines = Sources.fixture("article/sidebar-contents-no-edit-links.txt");

	private final ParsedDocument article = SourceKinds.parse(this.lines);

	private LineUse use(int line) {
		return Sources.use(this.article, line);
	}

	private List<LineUse> uses(int first, int last) {
		return this.article.lines().subList(first - 1, last);
	}

	private ParsedPassage passage(String anchor) {
		return this.article.sections()
			.stream()
			.flatMap((s) -> s.passages().stream())
			.filter((p) -> p.anchor().equals(anchor))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void isReadAsAnArticleWithItsTitleAboveTheLanguageButton() {
		Sources.assertEveryLineAccounted(this.lines, this.article);
		assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
		assertThat(this.article.title()).isEqualTo("One Day in the Life of Ivan Denisovich (magazine issue)");
		assertThat(use(41).role()).isEqualTo(LineRole.TITLE);
		assertThat(this.article.notes()).noneMatch((note) -> note.kind() == NoteKind.TITLE_FROM_FIRST_LINE);
	}

	@Test
	void makesTheSidebarContentsFurnitureNotAReferencesList() {
		assertThat(uses(29, 40)).extracting(LineUse::role, LineUse::label)
			.containsOnly(tuple(LineRole.FURNITURE, "table of contents entry"));
		assertThat(this.article.sections()).filteredOn((s) -> s.role() == SectionRole.WORKS_CITED)
			.extracting(ParsedSection::headingLine)
			.containsExactly(110, 115, 123);
	}

	@Test
	void makesTheLanguagesTabsAndToolsUnderTheTitleFurnitureAndNoTabAHeading() {
		assertThat(uses(42, 87)).allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
		assertThat(uses(42, 56)).extracting(LineUse::label).containsOnly("language list");
		assertThat(this.article.sections()).extracting(ParsedSection::title).doesNotContain("Read", "Edit");
	}

	@Test
	void findsTheHeadingsTheContentsListWithoutEditLinks() {
		assertThat(this.article.sections())
			.extracting(ParsedSection::title, ParsedSection::headingLine, ParsedSection::role)
			.containsExactly(tuple(null, null, SectionRole.BODY), tuple("Origins", 98, SectionRole.BODY),
					tuple("Publication", 102, SectionRole.BODY), tuple("Reception", 106, SectionRole.BODY),
					tuple("Notes", 110, SectionRole.WORKS_CITED), tuple("References", 115, SectionRole.WORKS_CITED),
					tuple("Sources", 123, SectionRole.WORKS_CITED), tuple("External links", 128, SectionRole.BODY));
	}

	@Test
	void readsTheHatnoteTheNoticeBoxAndTheInfobox() {
		assertThat(use(88)).extracting(LineUse::role, LineUse::label).containsExactly(LineRole.FURNITURE, "hatnote");
		assertThat(use(89)).extracting(LineUse::role, LineUse::label).containsExactly(LineRole.FURNITURE, "notice box");
		assertThat(uses(90, 94)).extracting(LineUse::role, LineUse::label)
			.containsOnly(tuple(LineRole.METADATA, "infobox"));
		assertThat(this.article.sections().get(0).passages()).extracting(ParsedPassage::firstLine).containsExactly(96);
	}

	@Test
	void linksEachMarkerToTheEntryItNumbersInTheListOfItsGroup() {
		assertThat(passage("p1").citations()).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
			.containsExactly(tuple("[1]", "w3"), tuple("[a]", "w1"), tuple("[2]", "w4"), tuple("[3]", "w5"));
		assertThat(passage("p2").citations()).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
			.containsExactly(tuple("[1]", "w3"), tuple("[b]", "w2"));
		FoundCitation sorokin = passage("p3").citations().get(0);
		assertThat(sorokin.entry().raw()).startsWith("Sorokin, Pavel (1986).");
		assertThat(sorokin.data().title()).isEqualTo("Prose after the Freeze");
		assertThat(passage("p3").text().substring(sorokin.start(), sorokin.end())).isEqualTo("[4]");
	}

	@Test
	void cutsEachEntrysCitationAfterItsBackLinks() {
		assertThat(passage("w2").citations().get(0).raw()).startsWith("He later described");
		assertThat(passage("w6").citations().get(0).raw()).startsWith("Sorokin, Pavel");
		assertThat(passage("w8").citations().get(0).raw()).startsWith("Ivanova, Elena");
	}

	@Test
	void makesTheNavigationBoxesCategoriesFooterAndStickyHeaderFurniture() {
		assertThat(uses(131, 145)).extracting(LineUse::role).containsOnly(LineRole.FURNITURE);
		assertThat(uses(131, 142)).extracting(LineUse::label).containsOnly("navbox");
		assertThat(use(143).label()).isEqualTo("authority control");
		assertThat(uses(147, 151)).extracting(LineUse::label).containsOnly("category links");
		assertThat(uses(146, this.lines.count())).extracting(LineUse::role).containsOnly(LineRole.FURNITURE);
		assertThat(this.article.sections().get(7).passages()).extracting(ParsedPassage::firstLine).containsExactly(130);
	}

}
