package org.thawcorpus.bibliography;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkKeyTests {

	private static String keyOf(String raw) {
		return WorkKey.of(CitationParser.parse(raw), raw);
	}

	@Test
	void sharesTheKeyBetweenIsbn10AndIsbn13Citations() {
		String ten = "Charles Gati, (2006). Failed Illusions. Stanford University Press. ISBN 0-8047-5606-6";
		String thirteen = "Gati, Charles. Failed Illusions: Moscow, Washington, Budapest and the 1956 Hungarian "
				+ "Revolt. Stanford University Press, 2006. ISBN 978-0-8047-5606-8";
		assertThat(keyOf(ten)).isEqualTo(keyOf(thirteen));
	}

	@Test
	void sharesTheKeyBetweenIsbnOnlyCitationsInEitherForm() {
		assertThat(keyOf("ISBN 0-8047-5606-6")).isEqualTo(keyOf("ISBN 978-0-8047-5606-8"))
			.isEqualTo("isbn:9780804756068");
	}

	@Test
	void sharesTheKeyBetweenACitationWithIsbnAndOneWithout() {
		String with = "Nahaylo, Bohdan; Swoboda, Victor (1990), Soviet disunion: a history of the nationalities "
				+ "problem in the USSR, p. 120. Free Press, ISBN 0-02-922401-2";
		String without = "Bohdan Nahaylo and Victor Swoboda, Soviet Disunion (New York: Free Press, 1990), 200.";
		assertThat(keyOf(with)).isEqualTo(keyOf(without));
	}

	@Test
	void keysOnTheEditorWhenThereIsNoAuthor() {
		assertThat(keyOf("Stalinism in Poland, 1944-1956, ed. and tr. by A. Kemp-Welch, St. Martin's Press, "
				+ "New York, 1999"))
			.isEqualTo("t:stalinism in poland 1944 1956|kemp welch");
	}

	@Test
	void separatesDifferentAuthorsOfTheSameTitle() {
		assertThat(keyOf("Smith, John. The Thaw. London: Harvill, 1955."))
			.isNotEqualTo(keyOf("Ehrenburg, Ilya. The Thaw. London: Harvill, 1955."));
	}

	@Test
	void keysShortFormsOnAuthorAndYear() {
		assertThat(keyOf("Suny 1994, 303")).isEqualTo(keyOf("Suny 1994, pp. 12-14")).isEqualTo("a:suny|1994");
	}

	@Test
	void fallsBackOnTheNormalisedRawText() {
		assertThat(keyOf("Ibid., 12")).isEqualTo("raw:ibid 12");
	}

	@Test
	void keysNotOnATitleTheParserDoubts() {
		assertThat(keyOf("see also the discussion above")).isEqualTo("raw:see also the discussion above");
	}

	@Test
	void recognisesTheSameIsbnDespiteDifferentTitles() {
		CitationData a = CitationParser
			.parse("Gati, Charles. Failed Illusions. Stanford University Press, 2006. " + "ISBN 0-8047-5606-6");
		CitationData b = CitationParser
			.parse("Gati, Charles. Failed Ilusions. Stanford UP, 2006. " + "ISBN 978-0-8047-5606-8");
		assertThat(WorkKey.sameWork(a, b)).isTrue();
	}

	@Test
	void tellsDifferentWorksApart() {
		CitationData a = CitationParser.parse("Gati, Charles. Failed Illusions. Stanford University Press, 2006.");
		CitationData b = CitationParser
			.parse("Suny, Ronald. The Making of the Georgian Nation. Indiana " + "University Press, 1994.");
		assertThat(WorkKey.sameWork(a, b)).isFalse();
	}

	@Test
	void linksACitationToADocumentByTitleAndAuthor() {
		CitationData data = CitationParser.parse("Ronald Grigor Suny (1994), The Making of the Georgian Nation, "
				+ "pp. 303-305. Indiana University Press");
		assertThat(WorkKey.titleAndAuthor(data))
			.isEqualTo(WorkKey.titleAndAuthor("the making of the Georgian nation", "Suny, Ronald Grigor"));
	}

	@Test
	void comparesTitlesRegardlessOfAccentsQuotesAndSubtitles() {
		assertThat(WorkKey.titleAndAuthor("\u201cOdmrzavanje\u201d: ogledi", "Ivan Autonoma\u0161evi\u0107"))
			.isEqualTo(WorkKey.titleAndAuthor("Odmrzavanje", "Autonomasevic, I."));
	}

	@Test
	void cutsEveryKindOfKeyToTheLengthOfItsColumn() {
		String longTitle = "A history of everything " + "and then some more ".repeat(60);
		assertThat(WorkKey.ofTitleAndAuthor(longTitle, "Ivanova, Maria")).hasSize(WorkKey.MAX_LENGTH)
			.isEqualTo(keyOf("Ivanova, Maria. " + longTitle + ". Press, 2001."));
		assertThat(keyOf("x ".repeat(800))).startsWith("raw:").hasSize(WorkKey.MAX_LENGTH);
	}

}
