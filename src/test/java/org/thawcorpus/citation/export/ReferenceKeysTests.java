package org.thawcorpus.citation.export;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.PersonName;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceKeysTests {

	private static Reference paragraph(Reference work, String anchor) {
		return work.toBuilder().locator(Locator.paragraph(anchor.substring(1), "paragraph", anchor)).build();
	}

	@Test
	void makesAKeyOfAuthorYearAndTitle() {
		assertThat(ReferenceKeys.of(References.sovietDisunion())).isEqualTo("nahaylo1990soviet");
	}

	@Test
	void makesAKeyOfTheFirstWordsOfTheTitleWithoutAnAuthor() {
		assertThat(ReferenceKeys.of(References.encyclopediaEntry())).isEqualTo("khrushchevthaw");
	}

	@Test
	void makesAKeyOfAReviewersNameAndYear() {
		assertThat(ReferenceKeys.of(References.review())).isEqualTo("tedhaussman2017review");
	}

	@Test
	void givesEachPassageOfOneWorkItsOwnKeyByItsAnchor() {
		Reference entry = References.encyclopediaEntry();
		assertThat(ReferenceKeys.of(List.of(entry, paragraph(entry, "p3"), paragraph(entry, "p5"))))
			.containsExactly("khrushchevthaw", "khrushchevthaw-p3", "khrushchevthaw-p5");
	}

	@Test
	void addsALetterToKeysThatWouldBeShared() {
		Reference first = References.review();
		Reference second = first.toBuilder().reviewedTitle("Another Book").build();
		assertThat(ReferenceKeys.of(List.of(first, References.sovietDisunion(), second)))
			.containsExactly("tedhaussman2017reviewa", "nahaylo1990soviet", "tedhaussman2017reviewb");
	}

	@Test
	void neverGivesALetteredKeyThatAnotherReferenceHasAsItsOwn() {
		Reference a = Reference.builder(ReferenceType.WEBPAGE).title("Thaw").build();
		Reference b = Reference.builder(ReferenceType.WEBPAGE).key("thawa").build();
		List<String> keys = ReferenceKeys.of(List.of(a, a, b));
		assertThat(keys).doesNotHaveDuplicates().contains("thawa");
	}

	@Test
	void givesTheSameKeysToTheSameReferencesWhateverElseIsExported() {
		Reference book = References.sovietDisunion();
		assertThat(ReferenceKeys.of(List.of(book, References.moscow1956())).get(0))
			.isEqualTo(ReferenceKeys.of(List.of(book)).get(0));
	}

	@Test
	void keepsKeysToAsciiLettersDigitsAndHyphens() {
		Reference reference = Reference.builder(ReferenceType.BOOK)
			.authors(List.of(new PersonName("Хрущёв", "Никита", "Никита Хрущёв"), References.name("Ødegård", "Åse")))
			.issued(PartialDate.ofYear(1970))
			.title("Ça ira: l'été")
			.build();
		assertThat(ReferenceKeys.of(reference)).isEqualTo("1970cairalete");
	}

}
