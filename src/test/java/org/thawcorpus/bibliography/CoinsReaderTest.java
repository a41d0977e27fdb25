package org.thawcorpus.bibliography;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.thawcorpus.citation.Coins;
import org.thawcorpus.citation.export.Reference;

import static org.assertj.core.api.Assertions.assertThat;

class CoinsReaderTest {

	private static final String BOOK = "ctx_ver=Z39.88-2004&rfr_id=info%3Asid%2Fen.wikipedia.org%3ASomething"
			+ "&rft.aufirst=Vera&rft.aulast=Kostyleva&rft.au=Belov%2C+Arkady&rft.au=Kostyleva%2C+V."
			+ "&rft.btitle=Light+on+the+Water%3A+Amateur+Cinema+on+the+Neva&rft.date=1971-05-01&rft.genre=book"
			+ "&rft.isbn=978-5-7331-0418-8&rft.pages=12-19&rft.place=Leningrad&rft.pub=Severnaya+Zvezda"
			+ "&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook";

	private static List<String> authors(CitationData data) {
		return data.authors().stream().map(PersonName::display).toList();
	}

	@Test
	void readsABooksFields() {
		CitationData book = CoinsReader.read(BOOK);
		assertThat(authors(book)).containsExactly("Kostyleva, Vera", "Belov, Arkady");
		assertThat(book.title()).isEqualTo("Light on the Water: Amateur Cinema on the Neva");
		assertThat(book.year()).isEqualTo(1971);
		assertThat(book.publisher()).isEqualTo("Severnaya Zvezda");
		assertThat(book.place()).isEqualTo("Leningrad");
		assertThat(book.pages()).isEqualTo("12-19");
		assertThat(book.isbn()).isEqualTo("978-5-7331-0418-8");
		assertThat(book.uncertain()).isEmpty();
	}

	@Test
	void takesAnArticlesOwnTitleBeforeItsJournalsAndJoinsItsPages() {
		CitationData article = CoinsReader.read("rft.jtitle=Screen+Studies+Quarterly&rft.atitle=Film+societies"
				+ "&rft.au=Dina+Petrova&rft.spage=45&rft.epage=67&rft.date=1988");
		assertThat(article.title()).isEqualTo("Film societies");
		assertThat(article.authors()).singleElement()
			.extracting(PersonName::family, PersonName::given)
			.containsExactly("Petrova", "Dina");
		assertThat(article.pages()).isEqualTo("45-67");
		assertThat(CoinsReader.read("rft.jtitle=Nevsky+Courier&rft.date=2009").title()).isEqualTo("Nevsky Courier");
	}

	@Test
	void keepsACorporateAuthorWhole() {
		CitationData report = CoinsReader.read("rft.btitle=Annual+report&rft.aucorp=Leningrad+Film+Society");
		assertThat(report.authors()).singleElement()
			.extracting(PersonName::family, PersonName::literal)
			.containsExactly(null, "Leningrad Film Society");
	}

	@Test
	void decodesUtf8AndEntitiesAWikiEscapedTwice() {
		CitationData data = CoinsReader.read("amp;rft.btitle=%D0%9E%D1%82%D1%82%D0%B5%D0%BF%D0%B5%D0%BB%D1%8C"
				+ "&amp;rft.pub=Reader+%26%2391%3Bpress%26%2393%3B");
		assertThat(data.title()).isEqualTo("Оттепель");
		assertThat(data.publisher()).isEqualTo("Reader [press]");
	}

	@Test
	void dropsAValueWhoseEscapesAreNotUtf8() {
		CitationData data = CoinsReader.read("rft.atitle=The+club%99s+roof&rft.jtitle=Nevsky+Courier&rft.date=2009");
		assertThat(data.title()).isNull();
		assertThat(data.year()).isEqualTo(2009);
	}

	@Test
	void namesNoWorkWithoutItsFields() {
		assertThat(CoinsReader.read(null)).isNull();
		assertThat(CoinsReader.read("  ")).isNull();
		assertThat(CoinsReader.read("ctx_ver=Z39.88-2004&rft.genre=unknown&rft_id=http%3A%2F%2Fexample.org")).isNull();
	}

	@Test
	void readsWhatTheApplicationsOwnCoinsWriteButThePageCited() {
		Reference written = Reference.fromCitation("k",
				new CitationData(List.of(new PersonName("Grekov", "Anton", "Grekov, Anton")), List.of(), List.of(),
						2004, "Projectors in the Dark", "Clarendon House", "Oxford", "88", "978-0-19-284471-2",
						Set.of()));
		CitationData read = CoinsReader.read(Coins.of(written));
		assertThat(authors(read)).containsExactly("Grekov, Anton");
		assertThat(read)
			.extracting(CitationData::title, CitationData::year, CitationData::publisher, CitationData::place,
					CitationData::isbn)
			.containsExactly("Projectors in the Dark", 2004, "Clarendon House", "Oxford", "978-0-19-284471-2");
		assertThat(read.pages()).as("the page cited, a locator, is no field of the book").isNull();
	}

	@Test
	void fillsInFromThePrintedTextOnlyWhatCoinsLacks() {
		CitationData text = CitationParser.parse("Orlov, Mikhail, ed. (1988). Film Societies. Leningrad: Zarya. p. 5.");
		CitationData merged = CoinsReader
			.over("rft.btitle=Film+Societies+of+the+Thaw&rft.date=1989" + "&rft.au=Belov%2C+Arkady", text);
		assertThat(merged.title()).isEqualTo("Film Societies of the Thaw");
		assertThat(merged.year()).isEqualTo(1989);
		assertThat(authors(merged)).containsExactly("Belov, Arkady");
		assertThat(merged.editors()).extracting(PersonName::family).containsExactly("Orlov");
		assertThat(merged).extracting(CitationData::publisher, CitationData::place, CitationData::pages)
			.containsExactly(text.publisher(), text.place(), text.pages());
		assertThat(text.publisher()).isEqualTo("Zarya");
		assertThat(CoinsReader.over(null, text)).isSameAs(text);
	}

	@Test
	void dropsAPublisherTheTextTookFromAPieceOfTheJournalsName() {
		CitationData text = CitationParser
			.parse("\"Freeing the reels\". Open Reels: Voices of the Film Clubs. Retrieved 1 May 2016.");
		CitationData merged = CoinsReader.over(
				"rft.atitle=Freeing+the+reels&rft.jtitle=Open+Reels%3A+Voices+of+the+Film+Clubs&rft.genre=unknown",
				text);
		assertThat(merged.title()).isEqualTo("Freeing the reels");
		assertThat(merged.publisher()).isNull();
		assertThat(merged.place()).isNull();
	}

}
