package org.thawcorpus.citation.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceFormatterTests {

	private static final ReferenceFormatter FORMATTER = new ReferenceFormatter();

	private static StyledReference format(Reference reference, CitationStyle style) {
		return FORMATTER.format(reference, style);
	}

	@Test
	void formatsABookWithTwoAuthorsInChicagosBibliography() {
		assertThat(format(References.sovietDisunion(), CitationStyle.CHICAGO).bibliography().text())
			.isEqualTo("Nahaylo, Bohdan, and Victor Swoboda. Soviet Disunion: A History of the Nationalities "
					+ "Problem in the USSR. Free Press, 1990.");
	}

	@Test
	void keepsTheItalicsOfATitleInTheHtml() {
		assertThat(format(References.sovietDisunion(), CitationStyle.CHICAGO).bibliography().html())
			.contains("<i>Soviet Disunion: A History of the Nationalities Problem in the USSR</i>")
			.doesNotContain("style=");
	}

	@Test
	void putsTheCitedPagesInTheNoteNotInTheBibliography() {
		StyledReference styled = format(References.sovietDisunion(), CitationStyle.CHICAGO);
		assertThat(styled.citation().text()).endsWith("(Free Press, 1990), 303\u2013305.");
		assertThat(styled.bibliography().text()).doesNotContain("303");
	}

	@Test
	void labelsAParagraphInChicagosNote() {
		assertThat(format(References.blogParagraph(), CitationStyle.CHICAGO).citation().text())
			.contains("July 29, 2018, para. 5, accessed March 5, 2024");
	}

	@Test
	void labelsAParagraphInAuthorDateApaAndMla() {
		assertThat(format(References.blogParagraph(), CitationStyle.CHICAGO_AUTHOR_DATE).citation().text())
			.isEqualTo("(Autonomašević 2018, para. 5)");
		assertThat(format(References.blogParagraph(), CitationStyle.APA).citation().text())
			.isEqualTo("(Autonomašević, 2018, para. 5)");
		assertThat(format(References.blogParagraph(), CitationStyle.MLA).citation().text()).endsWith("par. 5)");
	}

	@Test
	void formatsAReviewAsAReviewOfTheBook() {
		assertThat(format(References.review(), CitationStyle.CHICAGO).bibliography().text())
			.isEqualTo("Ted Haussman. Unsigned review of Moscow 1956: The Silenced Spring, by Kathleen E. Smith. "
					+ "Goodreads, September 21, 2017.");
	}

	@Test
	void formatsEveryStyleFromTheSameReference() {
		assertThat(FORMATTER.formatAll(References.moscow1956())).extracting((s) -> s.bibliography().text())
			.containsExactly("Smith, Kathleen E. Moscow 1956: The Silenced Spring. Harvard University Press, 2017.",
					"Smith, Kathleen E. 2017. Moscow 1956: The Silenced Spring. Harvard University Press.",
					"Smith, K. E. (2017). Moscow 1956: The Silenced Spring. Harvard University Press.",
					"Smith, Kathleen E. Moscow 1956: The Silenced Spring. Harvard University Press, 2017.");
	}

	@Test
	void escapesMarkupInTheFieldsOfTheWork() {
		Reference tricky = Reference.builder(ReferenceType.WEBPAGE).title("<script>alert(1)</script> & co").build();
		StyledReference styled = format(tricky, CitationStyle.APA);
		assertThat(styled.bibliography().html()).doesNotContain("<script").contains("&lt;script&gt;");
	}

}
