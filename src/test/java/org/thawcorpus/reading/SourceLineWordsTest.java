package org.thawcorpus.reading;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.document.SourceLine;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a line of a source became, in the words a reader of the document would use. */
class SourceLineWordsTest {

	@Test
	void aTitleIsTheTitleAndAHeadingIsQuotedByItsSectionsTitleOrItsText() {
		assertThat(SourceLineWords.plain(line(LineRole.TITLE, "title", null, "Moscow 1956"), null))
			.isEqualTo("The title");
		assertThat(SourceLineWords.plain(line(LineRole.HEADING, "heading", null, "Aftermath[edit]"), "Aftermath"))
			.isEqualTo("The heading “Aftermath”");
		assertThat(SourceLineWords.plain(line(LineRole.HEADING, "subheading", null, "  In Budapest  "), null))
			.isEqualTo("The subheading “In Budapest”");
		assertThat(SourceLineWords.plain(line(LineRole.HEADING, "works-cited heading", null, "Works Cited"), null))
			.isEqualTo("The works-cited heading “Works Cited”");
		assertThat(SourceLineWords.plain(line(LineRole.HEADING, "heading, continued", null, "of 1956"), null))
			.isEqualTo("The heading “of 1956”, continued");
		assertThat(SourceLineWords.plain(line(LineRole.HEADING, "heading", null, "x".repeat(100)), null))
			.isEqualTo("The heading “" + "x".repeat(80) + "…”");
	}

	@Test
	void otherLinesKeepTheirRoleAnchorAndLabel() {
		assertThat(SourceLineWords.plain(line(LineRole.REVIEW, "reviewer", "r2", "Liviu"), null))
			.isEqualTo("Review r2: reviewer");
		assertThat(SourceLineWords.plain(line(LineRole.FURNITURE, "Rate this book", null, "Rate this book"), null))
			.isEqualTo("Furniture: Rate this book");
	}

	@Test
	void citationsAreCountedInWords() {
		assertThat(SourceLineWords.citationWords(List.of())).isEmpty();
		assertThat(SourceLineWords.citationWords(List.of(4))).isEqualTo(" with citation 4");
		assertThat(SourceLineWords.citationWords(List.of(1, 2))).isEqualTo(" with citations 1 and 2");
		assertThat(SourceLineWords.citationWords(List.of(1, 2, 3))).isEqualTo(" with citations 1, 2 and 3");
	}

	private static SourceLine line(LineRole role, String label, String anchor, String text) {
		return new SourceLine(1L, new LineUse(7, role, label, anchor), text, null);
	}

}
