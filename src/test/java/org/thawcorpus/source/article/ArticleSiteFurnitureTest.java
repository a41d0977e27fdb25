package org.thawcorpus.source.article;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A copy of a wiki page with the wiki's menus above the title and its tools and tabs at
 * the foot.
 */
class ArticleSiteFurnitureTest {

	private final SourceLines lines = Sources.fixture("article/wiki-menu-and-footer.txt");

	private final ParsedDocument article = SourceKinds.parse(this.lines);

	@Test
	void takesTheTitleBeforeTheTaglineUnderTheMenus() {
		Sources.assertEveryLineAccounted(this.lines, this.article);
		assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
		assertThat(this.article.title()).isEqualTo("Sovremennik Theatre");
		assertThat(Sources.use(this.article, 11).role()).isEqualTo(LineRole.TITLE);
		assertThat(this.article.notes()).noneMatch((note) -> note.kind() == NoteKind.TITLE_FROM_FIRST_LINE);
		assertThat(this.article.lines().subList(0, 10))
			.allSatisfy((use) -> assertThat(use.role()).as("line %d", use.line()).isEqualTo(LineRole.FURNITURE));
	}

	@Test
	void namesTheTabsAndToolsAtTheFootAsFurnitureNotAsHeadingsOrPassages() {
		assertThat(this.article.sections()).extracting(ParsedSection::title)
			.containsExactly(null, "History", "References");
		assertThat(this.article.lines().subList(25, this.lines.count()))
			.allSatisfy((use) -> assertThat(use.role()).as("line %d", use.line()).isEqualTo(LineRole.FURNITURE));
		assertThat(this.article.lines()).filteredOn((use) -> this.lines.trimmed(use.line()).equals("Read"))
			.extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.FURNITURE, "page tabs"));
		assertThat(Sources.use(this.article, 44).label()).isEqualTo("language list");
		assertThat(Sources.use(this.article, 13).label()).as("the jump links under the tagline").isEqualTo("jump link");
	}

}
