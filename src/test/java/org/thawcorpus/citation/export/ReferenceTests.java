package org.thawcorpus.citation.export;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.CitationParser;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceTests {

	@Test
	void exportsAValidIsbnAsHyphenatedIsbn13() {
		Reference reference = Reference.fromCitation(null, CitationParser.parse("Ronald Grigor Suny (1994), The "
				+ "Making of the Georgian Nation, pp. 303-305. Indiana University Press, ISBN 0-253-20915-3"));
		assertThat(reference.isbn()).isEqualTo("978-0-253-20915-3");
	}

	@Test
	void keepsAnInvalidIsbnOutOfTheIsbnField() {
		Reference reference = Reference.fromCitation(null, CitationParser
			.parse("Gati, Charles. Failed Illusions. Stanford University Press, 2006. " + "ISBN 0-8047-5606-7"));
		assertThat(reference.isbn()).isNull();
		assertThat(reference.note())
			.isEqualTo("ISBN as printed: 0-8047-5606-7 (invalid: checksum digit should be 6, not 7)");
	}

	@Test
	void carriesTheParsedFieldsOver() {
		Reference reference = Reference.fromCitation("k1", CitationParser.parse("Stalinism in Poland, 1944-1956, "
				+ "ed. and tr. by A. Kemp-Welch, St. Martin's Press, New York, 1999, ISBN 0-312-22644-6"));
		assertThat(reference.key()).isEqualTo("k1");
		assertThat(reference.type()).isEqualTo(ReferenceType.BOOK);
		assertThat(reference.editors()).hasSize(1);
		assertThat(reference.translators()).hasSize(1);
		assertThat(reference.place()).isEqualTo("New York");
		assertThat(reference.year()).isEqualTo(1999);
	}

	@Test
	void makesThePagesACitationCitesItsLocatorNotTheBooksPages() {
		Reference reference = Reference.fromCitation(null, CitationParser.parse("Ronald Grigor Suny (1994), The "
				+ "Making of the Georgian Nation, pp. 303-305. Indiana University Press, ISBN 0-253-20915-3"));
		assertThat(reference.pages()).isNull();
		assertThat(reference.numberOfPages()).isNull();
		assertThat(reference.locator().label()).isEqualTo(Locator.Label.PAGE);
		assertThat(reference.locator().value()).isEqualTo("303-305");
		assertThat(reference.locator().words()).isEqualTo("pp. 303-305");
	}

	@Test
	void derivesAKeyFromAsciiLettersOnly() {
		assertThat(ReferenceKeys.of(References.nonAscii())).isEqualTo("autonomasevic1970braces");
	}

}
