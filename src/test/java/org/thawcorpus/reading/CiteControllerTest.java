package org.thawcorpus.reading;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Cite this passage" for body passages, review paragraphs and comments of the seeds. */
@CorpusTest
class CiteControllerTest {

	@Autowired
	MockMvc mvc;

	@Test
	void citesABodyPassageWithItsSectionParagraphAndPermalink() throws Exception {
		Document page = page("/documents/the-khrushchev-thaw/cite/p5");
		assertThat(page.select("dl.fields").text())
			.contains("section \u201CPolish and Hungarian Revolutions of 1956\u201D, paragraph 5")
			.contains("http://localhost/documents/the-khrushchev-thaw?at=p5");
		assertThat(page.select("p.reference").text()).contains("The Khrushchev Thaw")
			.contains(
					"\u201CThe Khrushchev Thaw.\u201D Section \u201CPolish and Hungarian Revolutions of 1956,\u201D paragraph 5.")
			.contains("http://localhost/documents/the-khrushchev-thaw?at=p5");
		assertThat(page.select("blockquote.raw").text()).startsWith("The Hungarian Revolution of 1956");
	}

	@Test
	void citesAReviewParagraphByItsReviewer() throws Exception {
		String json = this.mvc.perform(get("/api/documents/moscow-1956-the-silenced-spring/cite/r4-2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<Object> items = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
		@SuppressWarnings("unchecked")
		CSLItemData item = CSLItemData.fromJson((Map<String, Object>) items.get(0));
		assertThat(item.getAuthor()[0].getLiteral()).isEqualTo("John Ryan");
		assertThat(item.getTitle()).isEqualTo("Review of Moscow 1956: The Silenced Spring");
		assertThat(item.getURL()).isEqualTo("http://localhost/documents/moscow-1956-the-silenced-spring?at=r4-2");
		assertThat(item.getIssued().getDateParts()[0][0]).isEqualTo(2025);
		assertThat(item.getGenre()).isEqualTo("paragraph 2");
	}

	@Test
	void citesACommentWithItsNumber() throws Exception {
		Document page = page("/documents/a-thaw-that-would-not-refreeze/cite/c2-1");
		assertThat(page.select("dl.fields").text()).contains("comment 2 (c2), paragraph 1");
		assertThat(page.select("p.reference").text()).contains("Comment 2, paragraph 1.");
	}

	@Test
	void linksEveryPassageToItsCitePage() throws Exception {
		Document reading = page("/documents/the-khrushchev-thaw");
		assertThat(reading.select("#p3 a.passage-cite").attr("href"))
			.isEqualTo("/documents/the-khrushchev-thaw/cite/p3");
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
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
