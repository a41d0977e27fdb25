package org.thawcorpus.review;

import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review panel on a book page of our own with ratings shown and 30 reviews (two
 * pages), and on the seed book page, whose reviews are all unrated.
 */
@SpringBootTest(properties = "thaw.sources=seeds,src/test/resources/fixtures/corpus/citing-article.txt,"
		+ "src/test/resources/fixtures/book/long-page.txt")
@AutoConfigureMockMvc
class ReviewPanelTest {

	private static final String BOOK = "/documents/after-the-speech-party-meetings-in-kursk-perm-and-tomsk-1956";

	@Autowired
	MockMvc mvc;

	@Test
	void countsTheReviewsPresentForEachRating() throws Exception {
		this.mvc.perform(get("/api" + BOOK + "/reviews"))
			.andExpect(jsonPath("$.total").value(30))
			.andExpect(jsonPath("$.counts.5").value(7))
			.andExpect(jsonPath("$.counts.4").value(9))
			.andExpect(jsonPath("$.counts.3").value(5))
			.andExpect(jsonPath("$.counts.2").value(1))
			.andExpect(jsonPath("$.counts.1").value(1))
			.andExpect(jsonPath("$.counts.unrated").value(7));
	}

	@Test
	void filtersByEachRatingAndByUnrated() throws Exception {
		this.mvc.perform(get("/api" + BOOK + "/reviews").param("stars", "4"))
			.andExpect(jsonPath("$.reviews", hasSize(9)))
			.andExpect(jsonPath("$.reviews[*].rating", everyItem(is(4))));
		this.mvc.perform(get("/api" + BOOK + "/reviews").param("stars", "unrated"))
			.andExpect(jsonPath("$.reviews", hasSize(7)))
			.andExpect(jsonPath("$.reviews[*].rating", everyItem(nullValue())));
	}

	@Test
	void pagesTheReviewsTwentyAtATimeKeepingFilterAndSortInTheLinks() throws Exception {
		Document first = page(BOOK + "/reviews");
		assertThat(first.select("article.review")).hasSize(20);
		assertThat(first.select("nav.pagination").text()).contains("Page 1 of 2");
		String next = first.select("nav.pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo(BOOK + "/reviews?stars=all&sort=page&page=2");
		Document second = page(next);
		assertThat(second.select("article.review")).hasSize(10);
		assertThat(second.select("article.review").first().id()).isEqualTo("r21");
		Document sorted = page(BOOK + "/reviews?stars=5&sort=oldest");
		assertThat(sorted.select("article.review")).hasSize(7);
		assertThat(sorted.select("nav.filters a[aria-current=page]").text()).isEqualTo("5 stars (7)");
		assertThat(sorted.select("nav.sorts a[aria-current=page]").text()).isEqualTo("oldest first");
		assertThat(sorted.select("nav.filters a").eachAttr("href")).allMatch((h) -> h.contains("sort=oldest"));
	}

	@Test
	void sortsByDateAndLength() throws Exception {
		this.mvc.perform(get("/api" + BOOK + "/reviews").param("sort", "oldest").param("size", "2"))
			.andExpect(jsonPath("$.reviews[0].date").value("2015-02-03"));
		Document longest = page(BOOK + "/reviews?sort=longest");
		Document shortest = page(BOOK + "/reviews?sort=shortest");
		assertThat(length(longest.select("article.review").first()))
			.isGreaterThanOrEqualTo(length(longest.select("article.review").get(1)));
		assertThat(length(shortest.select("article.review").first()))
			.isLessThanOrEqualTo(length(shortest.select("article.review").get(1)));
	}

	@Test
	void sortsByRatingHighestOrLowestFirstWithUnratedLastEachInPageOrder() throws Exception {
		List<Integer> highest = ratings("highest");
		assertThat(highest.subList(0, 23)).isSortedAccordingTo(Comparator.reverseOrder())
			.startsWith(5, 5, 5, 5, 5, 5, 5, 4)
			.endsWith(2, 1);
		assertThat(highest.subList(23, 30)).containsOnlyNulls();
		List<Integer> lowest = ratings("lowest");
		assertThat(lowest.subList(0, 23)).isSorted().startsWith(1, 2, 3).endsWith(5);
		assertThat(lowest.subList(23, 30)).containsOnlyNulls();
		assertThat(positions(anchors("highest").subList(0, 7))).isSorted();
		assertThat(positions(anchors("lowest").subList(23, 30))).isSorted();
		Document sorted = page(BOOK + "/reviews?sort=lowest");
		assertThat(sorted.select("nav.sorts a[aria-current=page]").text()).isEqualTo("lowest rated first");
		assertThat(sorted.select("article.review").first().id()).isEqualTo(anchors("lowest").get(0));
	}

	@Test
	void drawsTheHistogramAsFilterLinksWithReadersAndReviewsPresent() throws Exception {
		Document panel = page(BOOK + "/reviews");
		assertThat(panel.select(".bars a").eachAttr("href")).containsExactly(BOOK + "/reviews?stars=5",
				BOOK + "/reviews?stars=4", BOOK + "/reviews?stars=3", BOOK + "/reviews?stars=2",
				BOOK + "/reviews?stars=1");
		assertThat(panel.select(".bars li").first().text()).contains("610 readers").contains("7 reviews here");
		assertThat(panel.select(".rating-summary").text()).contains("Average 4.22 from 1,267 ratings");
	}

	@Test
	void saysPlainlyWhenTheCopyShowsNoReviewWithARating() throws Exception {
		Document empty = page("/documents/moscow-1956-the-silenced-spring/reviews?stars=5");
		assertThat(empty.select("article.review")).isEmpty();
		assertThat(empty.select(".empty").text())
			.isEqualTo("This copy of the page shows no review with 5 stars, though 11 readers gave that rating.");
		Document unrated = page("/documents/moscow-1956-the-silenced-spring/reviews?stars=unrated");
		assertThat(unrated.select("article.review")).hasSize(10);
	}

	@Test
	void collapsesSpoilersAndFoldsLongReviews() throws Exception {
		Document seed = page("/documents/moscow-1956-the-silenced-spring/reviews");
		assertThat(seed.select("#r4 details.spoiler summary").text()).contains("hid this review because of spoilers");
		assertThat(seed.select("#r4 details.spoiler .passage")).hasSize(27);
		assertThat(seed.select("#r9 > .passage")).hasSize(3);
		assertThat(seed.select("#r9 details.more .passage")).hasSize(2);
	}

	@Test
	void refusesAStarsParameterOutOfRangeOnThePage() throws Exception {
		this.mvc.perform(get(BOOK + "/reviews").param("stars", "7")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesAStarsParameterOutOfRangeAfterThePanelWasShown() throws Exception {
		this.mvc.perform(get(BOOK + "/reviews")).andExpect(status().isOk());
		this.mvc.perform(get(BOOK + "/reviews").param("stars", "7")).andExpect(status().isBadRequest());
	}

	@Test
	void hasNoReviewPanelForADocumentThatIsNotABookPage() throws Exception {
		this.mvc.perform(get("/documents/a-thaw-that-would-not-refreeze/reviews"))
			.andExpect(status().isNotFound())
			.andExpect(model().attribute("message",
					"\"A Thaw that would not refreeze\" is a blog post, not a book page; it has no reviews."));
	}

	private List<Integer> ratings(String sort) throws Exception {
		return JsonPath.read(json(sort), "$.reviews[*].rating");
	}

	private List<String> anchors(String sort) throws Exception {
		return JsonPath.read(json(sort), "$.reviews[*].anchor");
	}

	private String json(String sort) throws Exception {
		return this.mvc.perform(get("/api" + BOOK + "/reviews").param("sort", sort).param("size", "30"))
			.andExpect(jsonPath("$.reviews", hasSize(30)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The reviews' numbers in page order: "r12" is 12. */
	private static List<Integer> positions(List<String> anchors) {
		return anchors.stream().map((anchor) -> Integer.valueOf(anchor.substring(1))).toList();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

	private static int length(org.jsoup.nodes.Element review) {
		return review.select(".passage-text").stream().mapToInt((p) -> p.text().length()).sum();
	}

	@SuppressWarnings("unused")
	private static org.hamcrest.Matcher<Iterable<? extends String>> anchors(String... anchors) {
		return contains(anchors);
	}

}
