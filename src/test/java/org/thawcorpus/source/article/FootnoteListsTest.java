package org.thawcorpus.source.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Footnote markers in a copy's text linked to the entries of its reference lists. */
class FootnoteListsTest {

	private static ParsedDocument parse(String text) {
		return new ArticleParser().parse(SourceLines.of(text));
	}

	private static List<FoundCitation> citations(ParsedDocument document, String anchor) {
		return document.sections()
			.stream()
			.flatMap((s) -> s.passages().stream())
			.filter((p) -> p.anchor().equals(anchor))
			.findFirst()
			.map(ParsedPassage::citations)
			.orElseThrow();
	}

	@Test
	void takesTheBackLinksOfEveryShapeOffTheEntrysCitation() {
		assertThat(FootnoteLists.isBacklinked("^ Smith, John (2001). Title.")).isTrue();
		assertThat(FootnoteLists.isBacklinked("↑ 1.0 1.1 Smith, John (2001). Title.")).isTrue();
		assertThat(FootnoteLists.isBacklinked("12. ^ a b Smith, John (2001). Title.")).isTrue();
		assertThat(FootnoteLists.isBacklinked("Smith, John (2001). Title.")).isFalse();
		assertThat(FootnoteLists.isBacklinked("^")).isFalse();
		ParsedDocument article = parse("""
				Kitchen Debate[edit]
				The debate was filmed.[1][2][3]
				References[edit]
				^ Jump up to: a b c Ivanova, Elena (2011). The Thick Journals.
				↑ 1.0 1.1 Sorokin, Pavel (1986). Prose after the Freeze.
				^ de Gaulle, Charles (1954). Mémoires de guerre.
				""");
		assertThat(List.of("w1", "w2", "w3")).extracting((w) -> citations(article, w).get(0).raw())
			.containsExactly("Ivanova, Elena (2011). The Thick Journals.",
					"Sorokin, Pavel (1986). Prose after the Freeze.", "de Gaulle, Charles (1954). Mémoires de guerre.");
	}

	@Test
	void linksAMarkerToItsEntryAndGivesItTheEntrysFields() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The thaw began in 1953.[2] It ended in 1964.[1]
				References
				^ Ivanova, Elena (2011). The Thick Journals. Cornell University Press.
				^ Sorokin, Pavel (1986). Prose after the Freeze. Clarendon Books.
				""");
		List<FoundCitation> markers = citations(article, "p1");
		assertThat(markers)
			.extracting(FoundCitation::raw, FoundCitation::opener, FoundCitation::closer, (c) -> c.entry().anchor())
			.containsExactly(tuple("[2]", '[', ']', "w2"), tuple("[1]", '[', ']', "w1"));
		assertThat(markers.get(0).data().title()).isEqualTo("Prose after the Freeze");
		assertThat(markers.get(0).workText()).startsWith("Sorokin, Pavel (1986).");
	}

	@Test
	void linksEachGroupToTheListAsLongAsItsHighestLabel() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The thaw began in 1953.[1][note 1] Censorship eased.[2][3][a]
				Notes
				^ The year Stalin died.
				Footnotes
				^ A later date is also given.
				References
				^ Ivanova, Elena (2011). The Thick Journals.
				^ Sorokin, Pavel (1986). Prose after the Freeze.
				^ Lebedev, Ilya (2013). Letters to the Editors.
				""");
		assertThat(citations(article, "p1")).extracting(FoundCitation::raw, (c) -> c.entry().anchor())
			.containsExactly(tuple("[1]", "w3"), tuple("[note 1]", "w1"), tuple("[2]", "w4"), tuple("[3]", "w5"),
					tuple("[a]", "w2"));
	}

	@Test
	void notesMarkersWhoseEntryTheCopyLacksAndLeavesThemInTheText() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The thaw began in 1953.[1] It ended in 1964.[4][5]
				References
				^ Ivanova, Elena (2011). The Thick Journals.
				""");
		assertThat(citations(article, "p1")).extracting(FoundCitation::raw).containsExactly("[1]");
		assertThat(article.notes()).filteredOn((n) -> n.kind() == NoteKind.OTHER)
			.extracting(SourceNote::line, SourceNote::message)
			.containsExactly(tuple(3, "Line 3 has the footnote markers \"[4]\", \"[5]\", but the copy holds no entry "
					+ "they point to."));
	}

	@Test
	void takesNoBracketedNumberAfterASpaceForAMarker() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The thaw began in 1953.[1]
				References
				^ Ivanova, Elena (2011). The Thick Journals.
				External links
				Lebedev, Ilya, ed. (2001) [1994], "Thaw", Soviet Encyclopedia
				""");
		assertThat(citations(article, "p1")).extracting(FoundCitation::raw).containsExactly("[1]");
		assertThat(citations(article, "p2")).noneMatch((c) -> c.entry() != null);
		assertThat(article.notes()).noneMatch((n) -> n.message().contains("footnote marker"));
	}

	@Test
	void readsARunOfBackLinkedEntriesAsAListEvenUnderNoHeading() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The thaw began in 1953.[1] It ended in 1964.[2]
				^ Ivanova, Elena (2011). The Thick Journals.
				^ Sorokin, Pavel (1986). Prose after the Freeze.
				""");
		assertThat(citations(article, "p1")).extracting((c) -> c.entry().anchor()).containsExactly("w1", "w2");
	}

	@Test
	void takesNoLetterInBracketsForAMarkerWhenTheCopyHasNoLists() {
		ParsedDocument article = parse("""
				Thaw
				From Wikipedia, the free encyclopedia
				The decree [a] of 1956 and its clause [b] eased censorship.
				""");
		assertThat(citations(article, "p1")).isEmpty();
		assertThat(article.notes()).noneMatch((n) -> n.message().contains("footnote marker"));
	}

}
