package org.thawcorpus.reading;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.Pages;
import org.thawcorpus.citation.export.ZoteroImport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Cite this document" and "cite this passage" for the seeds' documents, body passages,
 * review paragraphs and comments.
 */
@CorpusTest
class CiteControllerTest {

	@Autowired
	MockMvc mvc;

	@Test
	void citesABodyPassageAsItsEncyclopediaEntryAndItsParagraph() throws Exception {
		Document page = page("/documents/the-khrushchev-thaw/cite/p5");
		assertThat(page.select("dl.fields").text())
			.contains("section \u201CPolish and Hungarian Revolutions of 1956\u201D, paragraph 5")
			.contains("http://localhost/documents/the-khrushchev-thaw?at=p5");
		assertThat(page.select("#passage-citation").text()).isEqualTo("The Khrushchev Thaw, para. 5.");
		assertThat(page.select("blockquote.raw").text()).startsWith("The Hungarian Revolution of 1956");
	}

	@Test
	void saysWhatTheCopyDoesNotStateInsteadOfInventingIt() throws Exception {
		Document page = page("/documents/the-khrushchev-thaw/cite/p5");
		assertThat(page.select("section[aria-labelledby=reference-heading] p.hint").text())
			.contains("The copy does not state the date of the version copied, the encyclopedia or site, "
					+ "the page's address or the day it was copied.")
			.doesNotContain("Thaw Corpus");
		assertThat(page.select("#passage-citation").text()).doesNotContain("Thaw Corpus").doesNotContain("Accessed");
	}

	@Test
	void keepsTheItalicsOfTheReferenceInItsHtml() throws Exception {
		Document page = page("/documents/moscow-1956-the-silenced-spring/cite");
		assertThat(page.select("#work-1-bibliography i").text()).isEqualTo("Moscow 1956: The Silenced Spring");
		assertThat(page.select("#work-1-bibliography").text())
			.isEqualTo("Smith, Kathleen E. Moscow 1956: The Silenced Spring. 2017.");
		assertThat(page.select("button.copy-reference[data-copy=work-1-bibliography]")).hasSize(1);
		assertThat(page.select("script[src~=^/js/cite-copy-[0-9a-f]{32}\\.js$]")).hasSize(1);
	}

	@Test
	void citesTheBookPageAsAWebPageAndTheBookAsABook() throws Exception {
		Document page = page("/documents/moscow-1956-the-silenced-spring/cite");
		assertThat(page.select("section h2").eachText()).startsWith("The web page", "The book");
		String ris = export("/api/documents/moscow-1956-the-silenced-spring/cite?format=ris");
		List<ZoteroImport.Item> items = ZoteroImport.ris(ris);
		assertThat(items).extracting(ZoteroImport.Item::itemType).containsExactly("webpage", "book");
		assertThat(items.get(1).creators()).containsExactly("Smith, Kathleen E.");
		assertThat(items.get(1).date()).isEqualTo("2017-04-17");
		assertThat(items.get(1).numPages()).isEqualTo("400");
	}

	@Test
	void citesAReviewParagraphAsAReviewOfTheBookWithItsFullDate() throws Exception {
		String json = export("/api/documents/moscow-1956-the-silenced-spring/cite/r4-2");
		this.mvc.perform(get("/api/documents/moscow-1956-the-silenced-spring/cite/r4-2"))
			.andExpect(jsonPath("$[0].type").value("review-book"))
			.andExpect(jsonPath("$[0].author[0].literal").value("John Ryan"))
			.andExpect(jsonPath("$[0].reviewed-title").value("Moscow 1956: The Silenced Spring"))
			.andExpect(jsonPath("$[0].reviewed-author[0].family").value("Smith"))
			.andExpect(jsonPath("$[0].locator").value("2"))
			.andExpect(jsonPath("$[0].label").value("paragraph"));
		assertThat(ZoteroImport.cslJson(json).get(0).date()).isEqualTo("2025-05-05");
	}

	@Test
	void citesACommentAsACommentOnThePost() throws Exception {
		Document page = page("/documents/a-thaw-that-would-not-refreeze/cite/c2-1");
		assertThat(page.select("dl.fields").text()).contains("comment 2 (c2), paragraph 1");
		List<ZoteroImport.Item> items = ZoteroImport
			.cslJson(export("/api/documents/a-thaw-that-would-not-refreeze/cite/c2-1?format=csl-json"));
		assertThat(items.get(0).itemType()).isEqualTo("forumPost");
		assertThat(items.get(0).title()).isEqualTo("Comment on \u2018A Thaw that would not refreeze\u2019");
		assertThat(items.get(0).locator()).isEqualTo("1");
	}

	@Test
	void offersChicagoApaAndMlaForEveryDocumentAndPassage() throws Exception {
		for (String path : List.of("/documents/the-khrushchev-thaw/cite", "/documents/the-khrushchev-thaw/cite/p3",
				"/documents/a-thaw-that-would-not-refreeze/cite",
				"/documents/moscow-1956-the-silenced-spring/cite/r1-1")) {
			assertThat(page(path).select("#style-choice option").eachAttr("value")).as(path)
				.containsExactly("chicago", "chicago-author-date", "apa", "mla");
			for (String style : List.of("chicago", "apa", "mla")) {
				Document styled = page(path + "?style=" + style);
				assertThat(styled.select(".styled-reference p.reference").first().text()).as(path + " " + style)
					.isNotBlank();
				assertThat(styled.select("#style-choice option[selected]").attr("value")).isEqualTo(style);
			}
		}
		assertThat(page("/documents/the-khrushchev-thaw/cite/p5?style=apa").select("#passage-citation").text())
			.isEqualTo("(The Khrushchev Thaw, n.d., para. 5)");
	}

	@Test
	void refusesAStyleItDoesNotKnow() throws Exception {
		this.mvc.perform(get("/documents/the-khrushchev-thaw/cite/p5").param("style", "vancouver"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void showsTheCslJsonIndentedOneFieldALine() throws Exception {
		String json = page("/documents/the-khrushchev-thaw/cite/p5").select("pre.export").text();
		assertThat(json.lines().count()).isGreaterThan(5);
		assertThat(json).contains("\"type\" : \"entry-encyclopedia\"").contains("\"id\" : \"khrushchevthaw-p5\"");
	}

	@Test
	void linksEveryPassageToItsCitePageAndTheDocumentToItsOwn() throws Exception {
		Document reading = page("/documents/the-khrushchev-thaw");
		assertThat(reading.select("#p3 a.passage-cite").attr("href"))
			.isEqualTo("/documents/the-khrushchev-thaw/cite/p3");
		assertThat(reading.select("a[href=/documents/the-khrushchev-thaw/cite]").text())
			.isEqualTo("Cite this document");
	}

	@Test
	void aPermalinkLeadsToThePassageOfADocumentOnOnePage() throws Exception {
		this.mvc.perform(get("/documents/the-khrushchev-thaw").param("at", "p5"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/documents/the-khrushchev-thaw#p5"));
		assertThat(page("/documents/the-khrushchev-thaw/cite/p5").select("p.kind a").attr("href"))
			.isEqualTo("/documents/the-khrushchev-thaw#p5");
	}

	@Test
	void answersAnUnknownAnchorWithA404() throws Exception {
		this.mvc.perform(get("/documents/the-khrushchev-thaw/cite/p99")).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/no-such-document/cite")).andExpect(status().isNotFound());
	}

	private Document page(String path) throws Exception {
		return Pages.html(this.mvc, path);
	}

	private String export(String path) throws Exception {
		return Pages.text(this.mvc, path);
	}

}
