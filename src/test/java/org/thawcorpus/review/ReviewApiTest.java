package org.thawcorpus.review;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reviews API over the seed book page. */
@CorpusTest
class ReviewApiTest {

	private static final String REVIEWS = "/api/documents/moscow-1956-the-silenced-spring/reviews";

	@Autowired
	MockMvc mvc;

	@Test
	void listsEveryReviewPresentWithTheCountsOfEachRating() throws Exception {
		this.mvc.perform(get(REVIEWS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.5").value(0))
			.andExpect(jsonPath("$.counts.1").value(0))
			.andExpect(jsonPath("$.counts.unrated").value(10))
			.andExpect(jsonPath("$.reviews", hasSize(10)))
			.andExpect(jsonPath("$.reviews[*].anchor",
					contains("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10")))
			.andExpect(jsonPath("$.reviews[*].rating", everyItem(nullValue())))
			.andExpect(jsonPath("$.reviews[0].reviewer").value("Jovan Autonomašević"))
			.andExpect(jsonPath("$.reviews[0].reviewerIsAuthor").value(true))
			.andExpect(jsonPath("$.reviews[0].reviewerBooks").value(3))
			.andExpect(jsonPath("$.reviews[0].reviewerFollowers").value(27))
			.andExpect(jsonPath("$.reviews[0].date").value("2018-07-29"))
			.andExpect(jsonPath("$.reviews[1].reviewerReviews").value(2520))
			.andExpect(jsonPath("$.reviews[1].reviewerFollowers").value(705))
			.andExpect(jsonPath("$.reviews[2].shelf").value("Read"))
			.andExpect(jsonPath("$.reviews[3].spoiler").value(true))
			.andExpect(jsonPath("$.reviews[3].paragraphs", hasSize(27)))
			.andExpect(jsonPath("$.reviews[7].reviewerFollowers").value(1));
	}

	@Test
	void filtersByStarsAndByUnrated() throws Exception {
		this.mvc.perform(get(REVIEWS).param("stars", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews", hasSize(0)))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.counts.unrated").value(10));
		this.mvc.perform(get(REVIEWS).param("stars", "unrated")).andExpect(jsonPath("$.reviews", hasSize(10)));
	}

	@Test
	void sortsByDateAndByLength() throws Exception {
		this.mvc.perform(get(REVIEWS).param("sort", "newest"))
			.andExpect(jsonPath("$.reviews[0].date").value("2025-05-05"))
			.andExpect(jsonPath("$.reviews[9].date").value("2017-06-02"));
		this.mvc.perform(get(REVIEWS).param("sort", "oldest"))
			.andExpect(jsonPath("$.reviews[0].date").value("2017-06-02"));
		this.mvc.perform(get(REVIEWS).param("sort", "longest")).andExpect(jsonPath("$.reviews[0].anchor").value("r4"));
	}

	@Test
	void pagesThroughTheReviews() throws Exception {
		this.mvc.perform(get(REVIEWS).param("size", "4").param("page", "3"))
			.andExpect(jsonPath("$.total").value(10))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.reviews[*].anchor", contains("r9", "r10")));
	}

	@Test
	void refusesAStarFilterOutOfRangeOrNotANumber() throws Exception {
		for (String stars : new String[] { "7", "abc", "0", "4.5" }) {
			this.mvc.perform(get(REVIEWS).param("stars", stars))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("from 1 to 5, or \"unrated\"")))
				.andExpect(jsonPath("$.detail", containsString("\"" + stars + "\" is neither")));
		}
	}

	@Test
	void refusesAnUnknownSortAndABadPage() throws Exception {
		this.mvc.perform(get(REVIEWS).param("sort", "random"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("\"random\" is none of these")))
			.andExpect(
					jsonPath("$.detail", containsString("page, newest, oldest, longest, shortest, highest or lowest")));
		this.mvc.perform(get(REVIEWS).param("page", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The parameter \"page\" must be a whole number; \"x\" is not."));
	}

	@Test
	void hasNoReviewsForADocumentThatIsNotABookPage() throws Exception {
		this.mvc.perform(get("/api/documents/the-khrushchev-thaw/reviews")).andExpect(status().isNotFound());
	}

}
