package org.thawcorpus.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page past the end of any paged list, on a page or in the API: a 404 that says how
 * many pages there are, with a link to the last page that leads to it.
 */
@CorpusTest
class PagesPastTheEndTest {

	private static final String BOOK = "/documents/moscow-1956-the-silenced-spring";

	@Autowired
	MockMvc mvc;

	@Test
	void everyPagedListOnTheSiteAnswersAPagePastTheEndWithItsPagesAndALinkToTheLast() throws Exception {
		Map<String, String> lists = Map.ofEntries(Map.entry("/?page=2", "There are 3 sources on 1 page"),
				Map.entry("/citations?page=2", "There are 4 citations on 1 page"),
				Map.entry("/import-report?page=3", "files on 1 page"),
				Map.entry(BOOK + "/reviews?page=2", "There are 10 reviews on 1 page"),
				Map.entry(BOOK + "/reviews?stars=unrated&sort=newest&page=99",
						"There are 10 unrated reviews on 1 page"),
				Map.entry("/documents/the-khrushchev-thaw/source?page=2", "lines on 1 page"),
				Map.entry("/people?page=99", "names on 1 page"),
				Map.entry("/entities/nikita-khrushchev?page=99", "mentions on 1 page"),
				Map.entry("/timeline/1956?page=99", "mentions on 1 page"),
				Map.entry("/search?q=thaw&page=99", "results on 1 page"),
				Map.entry("/search/concordance?q=thaw&page=99", "lines on 1 page"),
				Map.entry("/documents/the-khrushchev-thaw?page=2", "\"The Khrushchev Thaw\" has 1 page"));
		lists.forEach((target, pages) -> {
			MockHttpServletResponse response = perform(target);
			assertThat(response.getStatus()).as(target).isEqualTo(404);
			Document page = Jsoup.parse(body(response));
			String asked = target.replaceAll(".*page=", "");
			assertThat(page.select("p.message").text()).as(target)
				.contains(pages)
				.endsWith("; there is no page " + asked + ".");
			String last = page.select("main a").first().attr("href");
			assertThat(page.select("main a").first().text()).as(target).isEqualTo("Go to page 1, the only one");
			assertThat(last).as(target).isEqualTo(target.replace("page=" + asked, "page=1"));
			assertThat(perform(last).getStatus()).as(last).isEqualTo(200);
		});
	}

	@Test
	void aPagePastTheEndOfAFilteredListNamesTheFilterThatEmptiedIt() throws Exception {
		MockHttpServletResponse response = perform(BOOK + "/reviews?stars=5&page=2");
		assertThat(response.getStatus()).isEqualTo(404);
		Document page = Jsoup.parse(body(response));
		assertThat(page.select("p.message").text())
			.isEqualTo("There are no reviews with 5 stars, so there is only page 1; there is no page 2.");
		assertThat(page.select("main a").first().attr("href")).isEqualTo(BOOK + "/reviews?stars=5&page=1");
		Document first = Jsoup.parse(body(perform(BOOK + "/reviews?stars=5&page=1")));
		assertThat(first.select(".empty").text()).startsWith("This copy of the page shows no review with 5 stars");
	}

	@Test
	void everyPagedListOfTheApiAnswersAPagePastTheEndWithAProblemNamingItsPagesAndTheLast() throws Exception {
		List<String> lists = List.of("/api/documents?page=2", "/api/documents?size=2&page=3",
				"/api/citations?size=3&page=5", "/api/import-report?page=4", "/api" + BOOK + "/reviews?page=2",
				"/api" + BOOK + "/reviews?stars=4&page=2", "/api/search?q=thaw&page=99",
				"/api/documents/the-khrushchev-thaw?page=2");
		for (String target : lists) {
			MockHttpServletResponse response = perform(target);
			assertThat(response.getStatus()).as(target).isEqualTo(404);
			assertThat(response.getContentType()).as(target).isEqualTo("application/problem+json");
			Map<String, Object> problem = JsonParserFactory.getJsonParser().parseMap(body(response));
			String asked = target.replaceAll(".*page=", "");
			int pages = ((Number) problem.get("pages")).intValue();
			assertThat((String) problem.get("detail")).as(target)
				.containsPattern((pages == 1) ? "( 1 page|only page 1);" : " " + pages + " pages;")
				.endsWith("; there is no page " + asked + ".");
			String last = (String) problem.get("last");
			String lastPath = target.replace("page=" + asked, "page=" + pages);
			assertThat(last).as(target).isEqualTo("http://localhost" + lastPath);
			assertThat(response.getHeader("Link")).as(target).isEqualTo("<" + last + ">; rel=\"last\"");
			assertThat(perform(lastPath).getStatus()).as(last).isEqualTo(200);
		}
		assertThat(perform("/api/documents?size=2&page=2").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse perform(String target) {
		try {
			return this.mvc.perform(get(target)).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(target, ex);
		}
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
