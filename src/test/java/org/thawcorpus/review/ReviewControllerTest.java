package org.thawcorpus.review;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.annotation.AnnotationMarks;
import org.thawcorpus.book.BookDetailsRepository;
import org.thawcorpus.document.DocumentView;
import org.thawcorpus.document.SourceFormat;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.search.CorpusSearch;
import org.thawcorpus.search.QueryMatches;
import org.thawcorpus.source.book.BookPageKind;
import org.thawcorpus.system.NotFoundException;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ReviewController.class)
class ReviewControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReviewService reviews;

	@MockitoBean
	BookDetailsRepository books;

	@MockitoBean
	AnnotationMarks annotations;

	@MockitoBean
	CorpusSearch search;

	@BeforeEach
	void noAnnotations() {
		given(this.annotations.marks(any())).willReturn(PassageMarks.NONE);
		given(this.search.matchesIn(any(), any())).willReturn(QueryMatches.NONE);
	}

	private final DocumentView book = new DocumentView(7L, "a-book", "A Book", BookPageKind.KIND, "a-book.txt",
			SourceFormat.TEXT, 10, 10, 10, 0, 1, 0, 0, 0, null, Instant.EPOCH, null);

	@Test
	void filtersAndSortsAsTheQueryStringSays() throws Exception {
		given(this.reviews.bookPage("a-book")).willReturn(this.book);
		given(this.books.findById(any())).willReturn(Optional.empty());
		given(this.reviews.countsPresent(anyLong()))
			.willReturn(Map.of("5", 0L, "4", 2L, "3", 0L, "2", 0L, "1", 0L, "unrated", 0L));
		given(this.reviews.page(anyLong(), any(), any(), anyInt(), anyInt(), any())).willReturn(Page.empty());
		this.mvc
			.perform(get("/documents/a-book/reviews").param("stars", "4").param("sort", "newest").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("reviews/list"))
			.andExpect(model().attribute("filter", new ReviewFilter(4, false)))
			.andExpect(model().attribute("sort", ReviewSort.NEWEST))
			.andExpect(model().attribute("pageUrl", "/documents/a-book/reviews?stars=4&sort=newest"));
		verify(this.reviews).page(eq(7L), eq(new ReviewFilter(4, false)), eq(ReviewSort.NEWEST), eq(1),
				eq(ReviewController.PAGE_SIZE), any());
	}

	@Test
	void refusesStarsOutOfRangeOrNotANumberWithA400Page() throws Exception {
		given(this.reviews.bookPage("a-book")).willReturn(this.book);
		for (String stars : new String[] { "7", "abc" }) {
			this.mvc.perform(get("/documents/a-book/reviews").param("stars", stars))
				.andExpect(status().isBadRequest())
				.andExpect(view().name("error"))
				.andExpect(model().attribute("message", containsString("\"" + stars + "\" is neither")));
		}
		verify(this.reviews, never()).page(anyLong(), any(), any(), anyInt(), anyInt(), any());
	}

	@Test
	void hasNoReviewPanelForADocumentThatIsNotABookPage() throws Exception {
		given(this.reviews.bookPage("essay"))
			.willThrow(new NotFoundException("\"An Essay\" is a blog post, not a book page; it has no reviews."));
		this.mvc.perform(get("/documents/essay/reviews"))
			.andExpect(status().isNotFound())
			.andExpect(
					model().attribute("message", "\"An Essay\" is a blog post, not a book page; it has no reviews."));
	}

}
