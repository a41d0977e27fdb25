package org.thawcorpus.reading;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the Zotero Connector finds on the pages: Dublin Core naming Zotero's item type,
 * Highwire tags, schema.org JSON-LD for the page's own work, COinS for the citations.
 */
@CorpusTest
class EmbeddedMetadataTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheWorkOfEveryReadingAndCitePageForZotero() throws Exception {
		Map<String, String[]> pages = Map.of("/documents/the-khrushchev-thaw",
				new String[] { "encyclopediaArticle", "The Khrushchev Thaw", "Article" },
				"/documents/a-thaw-that-would-not-refreeze",
				new String[] { "blogPost", "A Thaw that would not refreeze", "BlogPosting" },
				"/documents/moscow-1956-the-silenced-spring",
				new String[] { "webpage", "Moscow 1956: The Silenced Spring", "WebPage" },
				"/documents/moscow-1956-the-silenced-spring/cite",
				new String[] { "webpage", "Moscow 1956: The Silenced Spring", "WebPage" },
				"/documents/the-khrushchev-thaw/cite/p5",
				new String[] { "encyclopediaArticle", "The Khrushchev Thaw", "Article" },
				"/documents/moscow-1956-the-silenced-spring/cite/r1-1",
				new String[] { "webpage", "Review of Moscow 1956: The Silenced Spring, by Kathleen E. Smith",
						"Review" },
				"/documents/a-thaw-that-would-not-refreeze/cite/c2-1",
				new String[] { "forumPost", "Comment on \u2018A Thaw that would not refreeze\u2019", "Comment" });
		for (Map.Entry<String, String[]> page : pages.entrySet()) {
			Document html = page(page.getKey());
			String[] expected = page.getValue();
			assertThat(meta(html, "DC.type")).as(page.getKey()).isEqualTo(expected[0]);
			assertThat(meta(html, "DC.title")).as(page.getKey()).isEqualTo(expected[1]);
			assertThat(meta(html, "citation_title")).as(page.getKey()).isEqualTo(expected[1]);
			assertThat(html.select("meta[name=citation_journal_title], meta[name=citation_book_title]")).isEmpty();
			JsonNode jsonLd = JSON.readTree(html.select("script[type=application/ld+json]").first().data());
			assertThat(jsonLd.path("@type").asString()).as(page.getKey()).isEqualTo(expected[2]);
		}
	}

	@Test
	void givesTheBookItsAuthorDateNumberOfPagesInJsonLd() throws Exception {
		Document html = page("/documents/moscow-1956-the-silenced-spring");
		assertThat(html.select("meta[name=citation_author]")).isEmpty();
		JsonNode book = JSON.readTree(page("/documents/moscow-1956-the-silenced-spring/cite?style=apa")
			.select("script[type=application/ld+json]")
			.first()
			.data());
		assertThat(book.path("name").asString()).isEqualTo("Moscow 1956: The Silenced Spring");
	}

	@Test
	void describesTheCitedBookOnACitationPage() throws Exception {
		Document html = page("/citations/" + firstCitation());
		assertThat(meta(html, "DC.type")).isEqualTo("book");
		assertThat(html.select("meta[name=citation_author]").eachAttr("content")).containsExactly("Nahaylo, Bohdan",
				"Swoboda, Victor");
		assertThat(meta(html, "citation_isbn")).isEqualTo("978-0-02-922401-4");
		assertThat(html.select("span.Z3988").attr("title")).contains("rft.genre=book").doesNotContain("rft.pages");
	}

	@Test
	void givesEveryCitationOfTheListItsCoins() throws Exception {
		Document html = page("/citations");
		assertThat(html.select("table.citations tbody tr")).hasSize(4);
		assertThat(html.select("table.citations tbody tr span.Z3988[title]")).hasSize(4);
		assertThat(html.select("span.Z3988").eachAttr("title")).allMatch((t) -> t.contains("rft.btitle="));
	}

	@Test
	void keepsJsonLdFromEndingItsScriptElement() throws Exception {
		String body = Pages.text(this.mvc, "/documents/the-khrushchev-thaw");
		String jsonLd = body.substring(body.indexOf("application/ld+json\">") + 21, body.indexOf("</script>"));
		assertThat(jsonLd).doesNotContain("<").doesNotContain(">");
	}

	private long firstCitation() throws Exception {
		String json = this.mvc.perform(get("/api/citations")).andReturn().getResponse().getContentAsString();
		return Long.parseLong(json.replaceFirst("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));
	}

	private static String meta(Document html, String name) {
		return html.select("meta[name=" + name + "]").attr("content");
	}

	private Document page(String path) throws Exception {
		return Pages.html(this.mvc, path);
	}

}
