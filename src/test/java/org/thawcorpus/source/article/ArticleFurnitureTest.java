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
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An article with the furniture of a full copy: hatnotes, a table of contents, an image
 * with its caption, bulleted lists, editors' marks, a wrapped reference and the footer.
 */
class ArticleFurnitureTest {

	private final SourceLines lines = Sources.fixture("article/hatnotes-lists-captions.txt");

	private final ParsedDocument article = new ArticleParser().parse(this.lines);

	private List<ParsedPassage> passages() {
		return this.article.sections().stream().flatMap((s) -> s.passages().stream()).toList();
	}

	private LineUse use(int line) {
		return Sources.use(this.article, line);
	}

	@Test
	void makesHatnotesFurniture() {
		assertThat(List.of(use(3), use(17), use(25))).extracting(LineUse::role, LineUse::label)
			.containsOnly(tuple(LineRole.FURNITURE, "hatnote"));
	}

	@Test
	void makesTheTableOfContentsFurniture() {
		assertThat(use(6).label()).isEqualTo("table of contents");
		assertThat(this.article.lines().subList(6, 14)).extracting(LineUse::role, LineUse::label)
			.containsOnly(tuple(LineRole.FURNITURE, "table of contents entry"));
		assertThat(this.article.sections()).extracting(ParsedSection::title)
			.containsExactly(null, "Origins", "The readings", "Regular readers", "Suppression", "See also",
					"References");
	}

	@Test
	void keepsAFiguresCaptionAsAParagraphAndItsFileNameAsFurniture() {
		assertThat(use(19)).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.FURNITURE, "image file name");
		assertThat(use(20)).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.FURNITURE, "enlarge link");
		assertThat(use(21)).extracting(LineUse::role, LineUse::anchor).containsExactly(LineRole.PASSAGE, "p3");
		assertThat(passages().get(2).text()).isEqualTo("The monument on the day of its unveiling");
	}

	@Test
	void makesEachItemOfABulletedListAParagraph() {
		assertThat(this.article.sections().get(2).passages()).extracting(ParsedPassage::anchor, ParsedPassage::text)
			.containsExactly(tuple("p5", "Readers and listeners included:"),
					tuple("p6", "• students of the literary institute"), tuple("p7", "• engineers and factory workers"),
					tuple("p8", "• at least one retired general[when?]"));
	}

	@Test
	void notesEditorsMarksAndKeepsThemInTheText() {
		assertThat(this.article.notes()).extracting(SourceNote::line, SourceNote::kind)
			.containsExactly(tuple(22, NoteKind.CITATION_NEEDED), tuple(29, NoteKind.CITATION_NEEDED));
		assertThat(this.article.notes().get(0).message()).contains("\"[citation needed]\"", "Line 22");
		assertThat(this.article.notes().get(1).message()).contains("\"[when?]\"");
		assertThat(passages().get(3).text()).endsWith("weekend evenings.[citation needed]");
		assertThat(passages().get(3).citations()).isEmpty();
	}

	@Test
	void joinsAReferenceThatWrapsOntoAnIndentedLine() {
		ParsedSection references = this.article.sections().get(6);
		assertThat(references.role()).isEqualTo(SectionRole.WORKS_CITED);
		assertThat(references.passages())
			.extracting(ParsedPassage::anchor, ParsedPassage::firstLine, ParsedPassage::lastLine)
			.containsExactly(tuple("w1", 40, 41), tuple("w2", 42, 42));
		FoundCitation citation = references.passages().get(0).citations().get(0);
		assertThat(citation.raw()).startsWith("Ivanova, Elena.").contains("Their\n    Readers").endsWith("2011.");
		assertThat(citation.data().year()).isEqualTo(2011);
	}

	@Test
	void makesTheFooterFurniture() {
		assertThat(this.article.lines().subList(42, 46)).extracting(LineUse::label)
			.containsExactly("retrieval link", "category links", "category links", "page footer");
	}

	@Test
	void accountsForEveryLine() {
		Sources.assertEveryLineAccounted(this.lines, this.article);
	}

	@Test
	void readsAnInlineEditorsMarkAmongOtherBrackets() {
		ParsedDocument article = new ArticleParser().parse(SourceLines.of("""
				Some topic
				Some topic was a thing[clarification needed] that began in 1956 (Smith 1998, p. 4).[dubious – discuss]
				"""));
		assertThat(article.notes()).extracting(SourceNote::kind)
			.containsExactly(NoteKind.CITATION_NEEDED, NoteKind.CITATION_NEEDED);
		assertThat(article.notes().get(1).message()).contains("[dubious – discuss]");
	}

}
