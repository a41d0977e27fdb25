package org.thawcorpus.citation;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The citations API over the seeds: fields, ISBNs, and exports that parse back. */
@CorpusTest
class CitationApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheFourCitationsOfTheArticleWithValidIsbns() throws Exception {
		this.mvc.perform(get("/api/citations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[*].documentSlug", everyItem(is("the-khrushchev-thaw"))))
			.andExpect(jsonPath("$[*].passageAnchor", contains("p3", "p3", "p5", "p6")))
			.andExpect(
					jsonPath("$[*].isbn", contains("0-02-922401-2", "0-253-20915-3", "0-8047-5606-6", "0-312-22644-6")))
			.andExpect(jsonPath("$[*].isbn13",
					contains("9780029224014", "9780253209153", "9780804756068", "9780312226442")))
			.andExpect(jsonPath("$[*].isbnValid", everyItem(is(true))));
	}

	@Test
	void pagesTheListInCorpusOrder() throws Exception {
		this.mvc.perform(get("/api/citations").param("size", "3").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].isbn13", contains("9780312226442")))
			.andExpect(header().string("X-Total-Count", "4"))
			.andExpect(header().string("Link", containsString("size=3&page=1>; rel=\"prev\"")));
	}

	@Test
	void givesTheFieldsOfEachSeedCitation() throws Exception {
		this.mvc.perform(get("/api/citations"))
			.andExpect(jsonPath("$[0].raw", containsString("{Nahaylo, Bohdan; Swoboda, Victor (1990)")))
			.andExpect(jsonPath("$[0].authors", contains("Nahaylo, Bohdan", "Swoboda, Victor")))
			.andExpect(jsonPath("$[0].year").value(1990))
			.andExpect(
					jsonPath("$[0].title").value("Soviet disunion: a history of the nationalities problem in the USSR"))
			.andExpect(jsonPath("$[0].pages").value("120"))
			.andExpect(jsonPath("$[0].publisher").value("Free Press"))
			.andExpect(jsonPath("$[0].bracketsMatch").value(false))
			.andExpect(jsonPath("$[1].authors", contains("Suny, Ronald Grigor")))
			.andExpect(jsonPath("$[1].pages").value("303-305"))
			.andExpect(jsonPath("$[1].publisher").value("Indiana University Press"))
			.andExpect(jsonPath("$[2].authors", contains("Gati, Charles")))
			.andExpect(jsonPath("$[2].year").value(2006))
			.andExpect(jsonPath("$[2].title")
				.value("Failed Illusions: Moscow, Washington, Budapest and the 1956 Hungarian Revolt"))
			.andExpect(jsonPath("$[3].authors", hasSize(0)))
			.andExpect(jsonPath("$[3].editors", contains("Kemp-Welch, A.")))
			.andExpect(jsonPath("$[3].translators", contains("Kemp-Welch, A.")))
			.andExpect(jsonPath("$[3].title").value("Stalinism in Poland, 1944-1956"))
			.andExpect(jsonPath("$[3].publisher").value("St. Martin's Press"))
			.andExpect(jsonPath("$[3].place").value("New York"))
			.andExpect(jsonPath("$[3].year").value(1999));
	}

	@Test
	void exportsEveryCitationAsBibtexThatJbibtexParses() throws Exception {
		String bibtex = exported("/api/citations?format=bibtex", "application/x-bibtex");
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		assertThat(database.getEntries()).hasSize(4);
		assertThat(bibtex).contains("Nahaylo, Bohdan and Swoboda, Victor").contains("978-0-02-922401-4");
	}

	@Test
	void exportsEveryCitationAsRisThatCiteprocParses() throws Exception {
		String ris = exported("/api/citations?format=ris", "application/x-research-info-systems");
		RISLibrary library = new RISParser().parse(new StringReader(ris));
		assertThat(library.getReferences()).hasSize(4);
		assertThat(library.getReferences().get(3).getEditors()).containsExactly("Kemp-Welch, A.");
	}

	@Test
	void exportsOneCitationAsCslJsonThatCiteprocReads() throws Exception {
		String json = exported("/api/citations/" + firstId() + "?format=csl-json",
				"application/vnd.citationstyles.csl+json");
		List<Object> items = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
		@SuppressWarnings("unchecked")
		CSLItemData item = CSLItemData.fromJson((Map<String, Object>) items.get(0));
		assertThat(item.getTitle()).isEqualTo("Soviet disunion: a history of the nationalities problem in the USSR");
		assertThat(item.getAuthor()).extracting((n) -> n.getFamily()).containsExactly("Nahaylo", "Swoboda");
		assertThat(item.getISBN()).isEqualTo("978-0-02-922401-4");
	}

	@Test
	void refusesAnUnknownExportFormat() throws Exception {
		this.mvc.perform(get("/api/citations").param("format", "docx"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("The format must be bibtex, ris or csl-json; \"docx\" is none of these."));
	}

	@Test
	void answersAnUnknownIdWithA404() throws Exception {
		this.mvc.perform(get("/api/citations/987654")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/citations/987654").param("format", "ris")).andExpect(status().isNotFound());
	}

	@Test
	void showsAChicagoReferenceAndCoinsOnTheCitationPage() throws Exception {
		this.mvc.perform(get("/citations/" + firstId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nahaylo, Bohdan, and Victor Swoboda.")))
			.andExpect(content().string(containsString("class=\"Z3988\"")))
			.andExpect(content().string(containsString("rft.isbn=978-0-02-922401-4")));
	}

	private long firstId() throws Exception {
		String json = this.mvc.perform(get("/api/citations")).andReturn().getResponse().getContentAsString();
		return Long.parseLong(json.replaceFirst("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));
	}

	private String exported(String url, String mediaType) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType(mediaType)))
			.andExpect(header().string("Content-Disposition", containsString("filename=")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
