package org.thawcorpus.source.text;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Copies of pages no kind claims, with their site's menu at the head and footer at the
 * foot.
 */
class PlainTextSiteFurnitureTest {

	@Test
	void setsTheMenuAndFooterAsideAndTakesTheTitleAboveTheByline() {
		SourceLines lines = Sources.fixture("text/site-menu-and-footer.txt");
		ParsedDocument page = SourceKinds.parse(lines);
		Sources.assertEveryLineAccounted(lines, page);
		assertThat(page.kind()).isEqualTo(TextKind.KIND);
		assertThat(page.title()).isEqualTo("The Thaw on Stage: Theatre in Moscow, 1956");
		assertThat(page.notes()).noneMatch((note) -> note.kind() == NoteKind.TITLE_FROM_FIRST_LINE);
		assertThat(page.lines().subList(0, 10)).extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.FURNITURE, "skip link"), tuple(LineRole.FURNITURE, "page header"),
					tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "site menu"),
					tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "site menu"),
					tuple(LineRole.FURNITURE, "site menu"), tuple(LineRole.FURNITURE, "site menu"),
					tuple(LineRole.FURNITURE, "search box"), tuple(LineRole.FURNITURE, "sign-in prompt"));
		assertThat(Sources.use(page, 14)).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.METADATA, "byline");
		assertThat(page.sections().get(0).passages()).extracting(ParsedPassage::firstLine).containsExactly(16, 18);
		assertThat(page.lines().subList(19, 28)).extracting(LineUse::label)
			.containsExactly("share buttons", "share buttons", "share buttons", "share buttons", null, "page footer",
					"page footer", "page footer", "copyright line");
	}

	@Test
	void readsAGermanPagesMenuTaglineAndFooter() {
		SourceLines lines = Sources.fixture("text/german-menu-and-footer.txt");
		ParsedDocument page = SourceKinds.parse(lines);
		Sources.assertEveryLineAccounted(lines, page);
		assertThat(page.title()).isEqualTo("Tauwetter im Kino");
		assertThat(page.lines()).extracting(LineUse::label)
			.containsExactly("skip link", "site menu", "site menu", "archive", "site menu", "site menu", "search box",
					"sign-in prompt", "title", "site tagline", null, null, "page footer", "page footer", "page footer",
					"copyright line");
		assertThat(page.sections().get(0).passages()).singleElement()
			.satisfies((passage) -> assertThat(passage.text()).startsWith("Als Tauwetter im Kino")
				.endsWith("großes Publikum."));
	}

	@Test
	void saysSoWhenTheTitleIsTheFirstLine() {
		ParsedDocument essay = SourceKinds.parse(Sources.fixture("text/plain-essay.txt"));
		assertThat(essay.title()).isEqualTo("The Weather of Politics");
		assertThat(essay.notes()).filteredOn((note) -> note.kind() == NoteKind.TITLE_FROM_FIRST_LINE)
			.singleElement()
			.satisfies((note) -> assertThat(note.line()).isEqualTo(1));
	}

}
