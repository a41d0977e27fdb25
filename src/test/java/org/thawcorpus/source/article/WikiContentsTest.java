package org.thawcorpus.source.article;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.SourceLines;

import static org.assertj.core.api.Assertions.assertThat;

class WikiContentsTest {

	@Test
	void readsANumberedBoxAndItsTitles() {
		WikiContents contents = WikiContents.find(SourceLines.of("""
				Lead paragraph of the article, long enough to be text.
				Contents
				1 History
				1.1 Early years
				2 References
				History
				"""));
		assertThat(contents.heading()).isEqualTo(2);
		assertThat(contents.entries()).containsExactly(3, 4, 5);
		assertThat(contents.titles()).containsExactly("history", "early years", "references");
	}

	@Test
	void splitsNumbersGluedToTitlesByTheNumberThatMustComeNext() {
		WikiContents contents = WikiContents.find(SourceLines.of("""
				Contents
				move to sidebar
				hide
				(Top)
				1Lists
				22019 list
				2.1Methods
				10Notes
				Toggle the table of contents
				"""));
		assertThat(contents.titles()).containsExactly("lists", "2019 list", "methods");
		assertThat(contents.chrome()).containsExactly(2, 3, 4);
	}

	@Test
	void readsASidebarWhoseNumbersWereHiddenUpToItsClosingButton() {
		WikiContents contents = WikiContents.find(SourceLines.of("""
				Contents
				hide
				(Top)
				History
				Toggle History subsection
				Early years
				References
				Toggle the table of contents
				Mozilla
				"""));
		assertThat(contents.titles()).containsExactly("history", "early years", "references");
		assertThat(contents.lastLine()).isEqualTo(8);
		assertThat(contents.holds(9)).isFalse();
	}

	@Test
	void takesNeitherAMenusContentsLinkNorUnnumberedLinesWithoutTheSidebarsButtons() {
		assertThat(WikiContents.find(SourceLines.of("""
				Main page
				Contents
				Current events
				Random article
				"""))).isNull();
		assertThat(WikiContents.find(SourceLines.of("""
				Contents
				hide
				History
				References
				"""))).isNull();
	}

}
