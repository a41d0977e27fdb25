package org.thawcorpus.reading;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.CorpusTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The documents API over the three seed sources, imported at start-up. */
@CorpusTest
class DocumentApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheThreeSeedsWithTheirKindsAndCounts() throws Exception {
		this.mvc.perform(get("/api/documents"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[*].kind", containsInAnyOrder("ENCYCLOPEDIA_ARTICLE", "BLOG_POST", "BOOK_PAGE")))
			.andExpect(jsonPath("$[?(@.slug == 'the-khrushchev-thaw')].passageCount", contains(6)))
			.andExpect(jsonPath("$[?(@.slug == 'the-khrushchev-thaw')].citationCount", contains(4)))
			.andExpect(
					jsonPath("$[?(@.slug == 'the-khrushchev-thaw')].sourceFile", contains("000_cf6c488935fe36eb.txt")))
			.andExpect(jsonPath("$[?(@.slug == 'a-thaw-that-would-not-refreeze')].passageCount", contains(5)))
			.andExpect(jsonPath("$[?(@.slug == 'a-thaw-that-would-not-refreeze')].commentCount", contains(4)))
			.andExpect(jsonPath("$[?(@.slug == 'moscow-1956-the-silenced-spring')].passageCount", contains(3)))
			.andExpect(jsonPath("$[?(@.slug == 'moscow-1956-the-silenced-spring')].reviewCount", contains(10)))
			.andExpect(jsonPath("$[?(@.slug == 'moscow-1956-the-silenced-spring')].commentCount", contains(0)));
	}

	@Test
	void pagesTheListWithLinkHeadersAndATotal() throws Exception {
		this.mvc.perform(get("/api/documents").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title",
					contains("A Thaw that would not refreeze", "Moscow 1956: The Silenced Spring")))
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(header().string("Link", allOf(containsString("size=2&page=2>; rel=\"next\""),
					containsString("size=2&page=2>; rel=\"last\""), not(containsString("rel=\"prev\"")))));
		this.mvc.perform(get("/api/documents").param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", contains("The Khrushchev Thaw")))
			.andExpect(header().string("Link",
					allOf(containsString("size=2&page=1>; rel=\"prev\""), not(containsString("rel=\"next\"")))));
		this.mvc.perform(get("/api/documents"))
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(header().doesNotExist("Link"));
	}

	@Test
	void refusesAPageOrSizeOutOfRangeSayingWhy() throws Exception {
		this.mvc.perform(get("/api/documents").param("page", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("page number must be 1 or more")));
		this.mvc.perform(get("/api/documents").param("size", "5000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("from 1 to 1000")));
		this.mvc.perform(get("/api/documents").param("size", "many")).andExpect(status().isBadRequest());
	}

	@Test
	void givesAnArticleWithItsSectionsPassagesAndNotes() throws Exception {
		this.mvc.perform(get("/api/documents/the-khrushchev-thaw"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("The Khrushchev Thaw"))
			.andExpect(jsonPath("$.kind").value("ENCYCLOPEDIA_ARTICLE"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.pages").value(1))
			.andExpect(header().doesNotExist("Link"))
			.andExpect(jsonPath("$.sections", hasSize(2)))
			.andExpect(jsonPath("$.sections[0].title", nullValue()))
			.andExpect(jsonPath("$.sections[0].passages[0].anchor").value("p1"))
			.andExpect(jsonPath("$.sections[0].passages[0].firstLine").value(1))
			.andExpect(jsonPath("$.sections[0].passages[0].lastLine").value(1))
			.andExpect(jsonPath("$.sections[1].title").value("Polish and Hungarian Revolutions of 1956"))
			.andExpect(jsonPath("$.sections[1].passages[*].anchor", contains("p4", "p5", "p6")))
			.andExpect(jsonPath("$.sections[1].passages[0].firstLine").value(9))
			.andExpect(jsonPath("$.notes[*].line", contains(3, 5)))
			.andExpect(jsonPath("$.book", nullValue()))
			.andExpect(jsonPath("$.comments", hasSize(0)));
	}

	@Test
	void keepsTheOriginalTextWithItsTypographyAndStressMark() throws Exception {
		this.mvc.perform(get("/api/documents/the-khrushchev-thaw"))
			.andExpect(jsonPath("$.sections[0].passages[0].text")
				.value(org.hamcrest.Matchers.containsString("Хрущёвская о\u0301ттепель")))
			.andExpect(jsonPath("$.sections[1].passages[0].text").value(
					"The first big international failure of Khrushchev's politics came in October\u2013November 1956."));
	}

	@Test
	void givesABlogPostWithItsCommentsClaimedAndPresent() throws Exception {
		this.mvc.perform(get("/api/documents/a-thaw-that-would-not-refreeze"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("BLOG_POST"))
			.andExpect(jsonPath("$.commentsClaimed").value(6))
			.andExpect(jsonPath("$.comments[*].anchor", contains("c1", "c2", "c3", "c4")))
			.andExpect(jsonPath("$.comments[0].text").value(org.hamcrest.Matchers.startsWith("You did a good job")))
			.andExpect(jsonPath("$.notes[*].line", contains(17, 22)));
	}

	@Test
	void givesABookPageWithItsDetailsAndHistogram() throws Exception {
		this.mvc.perform(get("/api/documents/moscow-1956-the-silenced-spring"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Moscow 1956: The Silenced Spring"))
			.andExpect(jsonPath("$.book.author").value("Kathleen E. Smith"))
			.andExpect(jsonPath("$.book.authorBooks").value(4))
			.andExpect(jsonPath("$.book.authorFollowers").value(5))
			.andExpect(jsonPath("$.book.pages").value(400))
			.andExpect(jsonPath("$.book.format").value("Hardcover"))
			.andExpect(jsonPath("$.book.firstPublished").value("2017-04-17"))
			.andExpect(jsonPath("$.book.currentlyReading").value(6))
			.andExpect(jsonPath("$.book.wantToRead").value(141))
			.andExpect(jsonPath("$.book.histogram.5").value(11))
			.andExpect(jsonPath("$.book.histogram.4").value(16))
			.andExpect(jsonPath("$.book.histogram.3").value(5))
			.andExpect(jsonPath("$.book.histogram.2").value(1))
			.andExpect(jsonPath("$.book.histogram.1").value(0))
			.andExpect(jsonPath("$.book.ratingsCount").value(33))
			.andExpect(jsonPath("$.book.averageRating").value(4.12))
			.andExpect(jsonPath("$.book.reviewsClaimed").value(11))
			.andExpect(jsonPath("$.notes[*].line", contains(47, 103)));
	}

	@Test
	void answersAnUnknownSlugWithAProblem() throws Exception {
		this.mvc.perform(get("/api/documents/no-such-document"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no document \"no-such-document\" in the corpus."));
	}

}
