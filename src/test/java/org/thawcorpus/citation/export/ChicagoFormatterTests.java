package org.thawcorpus.citation.export;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChicagoFormatterTests {

	private static final ChicagoFormatter NOTES = new ChicagoFormatter();

	private static final ChicagoFormatter AUTHOR_DATE = new ChicagoFormatter(ChicagoFormatter.AUTHOR_DATE);

	@Test
	void formatsABookWithTwoAuthors() {
		assertThat(NOTES.format(References.sovietDisunion()))
			.isEqualTo("Nahaylo, Bohdan, and Victor Swoboda. Soviet Disunion: A History of the Nationalities "
					+ "Problem in the USSR. Free Press, 1990.");
	}

	@Test
	void formatsAnEditedAndTranslatedBook() {
		assertThat(NOTES.format(References.stalinismInPoland()))
			.isEqualTo("Kemp-Welch, A., ed. Stalinism in Poland, 1944-1956. Translated by A. Kemp-Welch. "
					+ "St. Martin\u2019s Press, 1999.");
	}

	@Test
	void formatsAWebPassageWithItsAccessDate() {
		assertThat(NOTES.format(References.webPassage()))
			.isEqualTo("Autonomašević, Ivan. \u201cLetters from the Thaw.\u201d Thaw Blog. Accessed March 5, 2024. "
					+ "https://example.org/thaw?page=2&lang=en.");
	}

	@Test
	void formatsAWebPassageWithoutAuthorUnderItsSite() {
		Reference passage = Reference.webPage(null, List.of(), "Thaw Blog", "Letters from the Thaw",
				"https://example.org/letters", java.time.LocalDate.of(2024, 3, 5));
		assertThat(NOTES.format(passage)).isEqualTo(
				"Thaw Blog. \u201cLetters from the Thaw.\u201d Accessed March 5, 2024. https://example.org/letters.");
	}

	@Test
	void formatsAuthorDateWithTheYearAfterTheAuthors() {
		assertThat(AUTHOR_DATE.format(References.sovietDisunion()))
			.isEqualTo("Nahaylo, Bohdan, and Victor Swoboda. 1990. Soviet Disunion: A History of the "
					+ "Nationalities Problem in the USSR. Free Press.");
	}

	@Test
	void sortsABibliographyByAuthor() {
		assertThat(NOTES.format(List.of(References.stalinismInPoland(), References.sovietDisunion())))
			.extracting((entry) -> entry.substring(0, entry.indexOf(',')))
			.containsExactly("Kemp-Welch", "Nahaylo");
	}

	@Test
	void formatsNothingForNoReferences() {
		assertThat(NOTES.format(List.of())).isEmpty();
	}

}
