package org.thawcorpus.reading;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.LongSources;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.ReadingLayout;
import org.thawcorpus.importer.ImportStatus;
import org.thawcorpus.importer.SourceImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reading view of a long document, a bounded page at a time. */
@CorpusTest
class PagedReadingViewTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	DocumentRepository documents;

	@Autowired
	MockMvc mvc;

	private String slugOf(Path file) {
		assertThat(this.importer.importFile(file).status()).isEqualTo(ImportStatus.IMPORTED);
		return this.documents.findBySourcePath(file.toString()).orElseThrow().getSlug();
	}

	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void cutsALongTextIntoBoundedPagesThatHoldEveryPassageOnceInOrder() throws Exception {
		String slug = slugOf(LongSources.plainText(this.dir, "A Long Essay", 450, 600));
		Document first = page("/documents/" + slug);
		int pages = Integer.parseInt(first.select(".page-words").first().text().replaceAll("^Page 1 of ", ""));
		assertThat(pages).isGreaterThan(4);
		List<String> anchors = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		for (int n = 1; n <= pages; n++) {
			Document page = (n == 1) ? first : page("/documents/" + slug + "?page=" + n);
			List<Element> passages = page.select("main .passage");
			assertThat(passages).hasSizeLessThanOrEqualTo(ReadingLayout.MAX_ITEMS);
			assertThat(passages.stream().mapToInt((p) -> p.select(".passage-text").text().length()).sum())
				.isLessThanOrEqualTo(ReadingLayout.MAX_CHARS);
			passages.forEach((p) -> anchors.add(p.id()));
			passages.forEach((p) -> numbers.add(Integer.valueOf(p.select(".passage-number").text())));
			assertThat(page.select(".page-words").eachText()).containsOnly("Page " + n + " of " + pages);
			assertThat(page.select("a[rel=prev]")).hasSize((n > 1) ? 2 : 0);
			assertThat(page.select("a[rel=next]")).hasSize((n < pages) ? 2 : 0);
			assertThat(page.select(".page-where").text()).startsWith("This page holds paragraph");
			assertThat(page.select(".layer-switch input[name=page]").eachAttr("value"))
				.containsExactly(String.valueOf(n));
		}
		assertThat(anchors).hasSize(450).doesNotHaveDuplicates();
		assertThat(numbers).isSorted().first().isEqualTo(1);
		assertThat(numbers).last().isEqualTo(450);
	}

	@Test
	void redirectsAnAnchorToThePageHoldingIt() throws Exception {
		String slug = slugOf(LongSources.plainText(this.dir, "A Long Essay", 450, 600));
		String location = this.mvc.perform(get("/documents/" + slug).param("at", "p300").param("q", "thaw"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/documents/" + slug + "\\?page=\\d+&q=thaw#p300");
		assertThat(page(location.substring(0, location.indexOf('#'))).getElementById("p300")).isNotNull();
		this.mvc.perform(get("/documents/" + slug).param("at", "p9999"))
			.andExpect(status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("has no passage, comment, review or section with the anchor")));
	}

	@Test
	void answersBadPageNumbersWithASentence() throws Exception {
		String slug = slugOf(LongSources.plainText(this.dir, "A Long Essay", 450, 600));
		this.mvc.perform(get("/documents/" + slug).param("page", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("The page number must be 1 or more; 0 is not.")));
		this.mvc.perform(get("/documents/" + slug).param("page", "two")).andExpect(status().isBadRequest());
		for (String past : List.of("99", "2147483648", "99999999999999999999999")) {
			String body = this.mvc.perform(get("/documents/" + slug).param("page", past))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Document error = Jsoup.parse(body);
			assertThat(error.select(".message").text())
				.matches("\"A Long Essay\" has \\d+ pages; there is no page " + past + "\\.");
			assertThat(error.select("main a").first().attr("href")).startsWith("/documents/" + slug + "?page=");
		}
	}

	@Test
	void aDocumentThatFitsOnOnePageShowsNoPageLinks() throws Exception {
		Document page = page("/documents/the-khrushchev-thaw");
		assertThat(page.select(".reading-pages, .go-to, .contents, script[src], a[rel]")).isEmpty();
		assertThat(page.select("main .passage")).hasSize(6);
		assertThat(page.select(".layer-switch fieldset > a").eachAttr("href"))
			.containsExactly("/documents/the-khrushchev-thaw?layers=all", "/documents/the-khrushchev-thaw?layers=none");
		assertThat(page.select(".layer-switch input[name=page]")).isEmpty();
	}

	@Test
	void theContentsListsAtMostFiveHundredSectionsAndSaysHowManyThereAre() throws Exception {
		String slug = slugOf(LongSources.article(this.dir, "A Sectioned Article", 520, 1, 0));
		Document first = page("/documents/" + slug);
		assertThat(first.select(".contents li")).hasSize(ReadingPage.CONTENTS_MAX);
		assertThat(first.select(".contents summary").text()).startsWith("Contents: 520 sections on ");
		assertThat(first.select(".contents p.hint").text())
			.isEqualTo("The contents lists the first 500 of 520 sections; the page links reach the rest.");
		assertThat(first.select(".contents[open]")).hasSize(1);
		assertThat(page("/documents/" + slug + "?page=2").select(".contents[open]")).isEmpty();
	}

	@Test
	void givesTheApiAPageAtATimeWithLinks() throws Exception {
		String slug = slugOf(LongSources.plainText(this.dir, "A Long Essay", 450, 600));
		this.mvc.perform(get("/api/documents/" + slug).param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(header().string("X-Total-Count", "450"))
			.andExpect(header().string("Link", allOf(containsString("page=1>; rel=\"prev\""),
					containsString("page=3>; rel=\"next\""), not(containsString("size=")))));
		this.mvc.perform(get("/api/documents/" + slug).param("page", "400"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("there is no page 400")));
	}

	static Set<String> ids(Document page) {
		return new HashSet<>(page.select("main [id]").eachAttr("id"));
	}

}
