package org.thawcorpus.citation.export;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CslJsonWriterTests {

	/** Parses the output with citeproc-java's JSON parser into CSL items. */
	@SuppressWarnings("unchecked")
	private static List<CSLItemData> parse(String json) throws Exception {
		List<Object> array = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
		return array.stream().map((o) -> CSLItemData.fromJson((Map<String, Object>) o)).toList();
	}

	private static CSLItemData only(Reference reference) throws Exception {
		List<CSLItemData> items = parse(CslJsonWriter.write(reference));
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private static List<String> names(de.undercouch.citeproc.csl.CSLName[] names) {
		return Arrays.stream(names).map((n) -> n.getFamily() + "|" + n.getGiven()).toList();
	}

	@Test
	void writesAnArray() {
		assertThat(CslJsonWriter.write(References.sovietDisunion())).startsWith("[").endsWith("]\n");
	}

	@Test
	void writesTheYearAsDateParts() throws Exception {
		assertThat(only(References.sovietDisunion()).getIssued().getDateParts()).isEqualTo(new int[][] { { 1990 } });
	}

	@Test
	void writesAWholeDayAsThreeDateParts() throws Exception {
		assertThat(only(References.blogPost()).getIssued().getDateParts()).isEqualTo(new int[][] { { 2018, 7, 29 } });
	}

	@Test
	void writesOneFieldALineToBeRead() {
		assertThat(CslJsonWriter.write(References.sovietDisunion()).lines())
			.anyMatch((line) -> line.strip().equals("\"family\" : \"Nahaylo\","))
			.allMatch((line) -> line.length() < 120);
	}

	@Test
	void keepsAuthorsThroughTheRoundTrip() throws Exception {
		assertThat(names(only(References.sovietDisunion()).getAuthor())).containsExactly("Nahaylo|Bohdan",
				"Swoboda|Victor");
	}

	@Test
	void keepsEditorsAndTranslatorsApart() throws Exception {
		CSLItemData item = only(References.stalinismInPoland());
		assertThat(item.getAuthor()).isNull();
		assertThat(names(item.getEditor())).containsExactly("Kemp-Welch|A.");
		assertThat(names(item.getTranslator())).containsExactly("Kemp-Welch|A.");
	}

	@Test
	void keepsThePublicationFieldsThroughTheRoundTrip() throws Exception {
		CSLItemData item = only(References.sovietDisunion());
		assertThat(item.getType()).isEqualTo(CSLType.BOOK);
		assertThat(item.getIssued().getDateParts()).isEqualTo(new int[][] { { 1990 } });
		assertThat(item.getTitle()).isEqualTo("Soviet Disunion: A History of the Nationalities Problem in the USSR");
		assertThat(item.getPublisher()).isEqualTo("Free Press");
		assertThat(item.getPublisherPlace()).isEqualTo("New York");
		assertThat(item.getPage()).isNull();
		assertThat(item.getNumberOfPages()).isNull();
		assertThat(item.getISBN()).isEqualTo("978-0-02-922401-4");
		assertThat(item.getId()).isEqualTo("nahaylo1990soviet");
	}

	@Test
	void keepsNonAsciiNamesAndSpecialCharacters() throws Exception {
		CSLItemData item = only(References.nonAscii());
		assertThat(names(item.getAuthor())).containsExactly("Autonomašević|Ivan", "Хрущёв|Никита Сергеевич");
		assertThat(names(item.getTranslator())).containsExactly("Ødegård|Åse");
		assertThat(item.getTitle()).isEqualTo(References.TRICKY_TITLE);
		assertThat(item.getPublisher()).isEqualTo("Prosveta & Sons");
	}

	@Test
	void writesACorporateAuthorAsLiteral() throws Exception {
		assertThat(only(References.corporateAuthor()).getAuthor()[0].getLiteral())
			.isEqualTo("Radio Free Europe Research and Analysis Department");
	}

	@Test
	void writesABlogPostWithUrlAndAccessDate() throws Exception {
		CSLItemData item = only(References.blogPost());
		assertThat(item.getType()).isEqualTo(CSLType.POST_WEBLOG);
		assertThat(item.getURL()).isEqualTo("https://example.org/thaw?page=2&lang=en");
		assertThat(item.getAccessed().getDateParts()).isEqualTo(new int[][] { { 2024, 3, 5 } });
		assertThat(item.getContainerTitle()).isEqualTo("Thaw Blog");
	}

	@Test
	void writesTheCitedPagesAsTheLocatorNotAsPages() throws Exception {
		String json = CslJsonWriter.write(References.sovietDisunion());
		assertThat(json).contains("\"locator\" : \"303-305\"").contains("\"label\" : \"page\"");
		assertThat(only(References.sovietDisunion()).getPage()).isNull();
	}

	@Test
	void writesABooksNumberOfPages() throws Exception {
		assertThat(only(References.moscow1956()).getNumberOfPages()).isEqualTo("400");
	}

	@Test
	void writesAReviewAsAReviewOfTheBook() throws Exception {
		CSLItemData item = only(References.review());
		assertThat(item.getType()).isEqualTo(CSLType.REVIEW_BOOK);
		assertThat(item.getReviewedTitle()).isEqualTo("Moscow 1956: The Silenced Spring");
		assertThat(item.getReviewedAuthor()[0].getFamily()).isEqualTo("Smith");
		assertThat(item.getAuthor()[0].getLiteral()).isEqualTo("Ted Haussman");
		assertThat(item.getIssued().getDateParts()).isEqualTo(new int[][] { { 2017, 9, 21 } });
	}

	@Test
	void writesEveryReferenceWithAUniqueId() throws Exception {
		List<CSLItemData> items = parse(
				CslJsonWriter.write(List.of(References.sovietDisunion(), References.sovietDisunion())));
		assertThat(items).extracting(CSLItemData::getId)
			.containsExactly("nahaylo1990soviet" + "a", "nahaylo1990soviet" + "b");
	}

	@Test
	void writesAnEmptyArrayForNoReferences() throws Exception {
		assertThat(parse(CslJsonWriter.write(List.of()))).isEmpty();
	}

}
