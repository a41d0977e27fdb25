package org.thawcorpus.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.source.blog.BlogPostKind;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ SearchController.class, SearchApiController.class })
@Import(IndexState.class)
class SearchControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IndexState index;

	@MockitoBean
	CorpusSearch search;

	@MockitoBean
	Concordance concordance;

	@BeforeEach
	void indexComplete() {
		this.index.complete();
	}

	@Test
	void saysOnThePageAndInTheApiThatResultsMayBeIncompleteWhileTheIndexIsRebuilt() throws Exception {
		given(this.search.search(any(), anyInt())).willReturn(results("Thaw"));
		this.index.rebuilding(5000);
		this.index.added(1200);
		this.mvc.perform(get("/search").param("q", "Thaw"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The search index is being rebuilt (1,200 of 5,000 passages")));
		this.mvc.perform(get("/search"))
			.andExpect(content().string(containsString("results and totals are incomplete")));
		this.mvc.perform(get("/api/search").param("q", "Thaw"))
			.andExpect(jsonPath("$.index.complete").value(false))
			.andExpect(jsonPath("$.index.state").value("rebuilding"))
			.andExpect(jsonPath("$.index.indexed").value(1200))
			.andExpect(jsonPath("$.index.expected").value(5000))
			.andExpect(jsonPath("$.index.message", containsString("1,200 of 5,000")));
		this.index.failed();
		this.mvc.perform(get("/search").param("q", "Thaw"))
			.andExpect(content().string(containsString("The last rebuild of the search index failed")));
		this.index.complete();
		this.mvc.perform(get("/search").param("q", "Thaw"))
			.andExpect(content().string(not(containsString("index-notice"))));
		this.mvc.perform(get("/api/search").param("q", "Thaw"))
			.andExpect(jsonPath("$.index.complete").value(true))
			.andExpect(jsonPath("$.index.message").doesNotExist());
	}

	@Test
	void showsTheEmptySearchPageWithoutSearching() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(view().name("search/results"))
			.andExpect(model().attributeDoesNotExist("results", "problem"));
		verifyNoInteractions(this.search);
	}

	@Test
	void showsResultsForAQuery() throws Exception {
		given(this.search.search(any(), anyInt())).willReturn(results("Thaw"));
		this.mvc.perform(get("/search").param("q", "Thaw"))
			.andExpect(status().isOk())
			.andExpect(view().name("search/results"))
			.andExpect(model().attributeExists("results"))
			.andExpect(content().string(containsString("<mark>Thaw</mark>")));
	}

	@Test
	void answersAnUnreadableQueryWith400AndTheFormSayingWhatToFix() throws Exception {
		given(this.search.search(any(), anyInt())).willThrow(new QuerySyntaxException("Close the quotation mark."));
		this.mvc.perform(get("/search").param("q", "\"Thaw"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("search/results"))
			.andExpect(model().attribute("problem", "Close the quotation mark."))
			.andExpect(content().string(containsString("id=\"search-q\"")));
	}

	@Test
	void answersAnUnknownFacetValueWithTheErrorPage() throws Exception {
		this.mvc.perform(get("/search").param("q", "Thaw").param("kind", "poem"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("message", containsString("\"poem\" is not a value of the kind of source")));
		this.mvc.perform(get("/search").param("q", "Thaw").param("page", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void answersTheApiAsJson() throws Exception {
		given(this.search.search(any(), anyInt())).willReturn(results("Thaw"));
		this.mvc.perform(get("/api/search").param("q", "Thaw"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].documentSlug").value("thaw"))
			.andExpect(jsonPath("$.hits[0].anchor").value("p1"))
			.andExpect(jsonPath("$.hits[0].kind").value("text"))
			.andExpect(jsonPath("$.hits[0].snippet").value("The Thaw began."))
			.andExpect(jsonPath("$.hits[0].matches[0].start").value(4))
			.andExpect(jsonPath("$.facets.kind.BLOG_POST").value(1));
	}

	@Test
	void answersAnApiRequestWithoutQueryOrWithAnUnreadableOneWithAProblem() throws Exception {
		this.mvc.perform(get("/api/search"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The parameter \"q\" must hold a query, as in q=Thaw."));
		given(this.search.search(any(), anyInt())).willThrow(new QuerySyntaxException("Close the quotation mark."));
		this.mvc.perform(get("/api/search").param("q", "\"Thaw"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Close the quotation mark."));
	}

	@Test
	void saysWhenMoreSourcesMatchThanAreListed() throws Exception {
		SearchResults capped = results("Thaw");
		given(this.search.search(any(), anyInt())).willReturn(
				new SearchResults(capped.request(), 40000, CorpusSearch.MAX_DOCUMENTS_LISTED, true, capped.groups(),
						new PageImpl<>(capped.groups(), PageRequest.of(0, 10), CorpusSearch.MAX_DOCUMENTS_LISTED),
						capped.facets(), List.of(), List.of(), List.of()));
		this.mvc.perform(get("/search").param("q", "Thaw"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("40000 passages in more than 1000 sources (sources 1–1 of the "
					+ "1000 with the most hits, which alone are listed: narrow the search to list the others)")));
		this.mvc.perform(get("/api/search").param("q", "Thaw"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents").value(1000))
			.andExpect(jsonPath("$.moreDocuments").value(true))
			.andExpect(jsonPath("$.pages").value(100));
	}

	private static SearchResults results(String q) {
		SearchRequest request = SearchRequest.of(Map.of("q", q));
		Snippet snippet = Snippet.of("The Thaw began.", List.of(new Range(4, 8)));
		SearchHit hit = new SearchHit("thaw", "The Thaw", BlogPostKind.KIND, Part.TEXT, "p1", null, null,
				"/documents/thaw?q=Thaw#p1", snippet, new SearchHit.Place("Main text", true, null, null, null));
		FacetView kind = new FacetView("kind", "Kind of source",
				List.of(new FacetView.Value("BLOG_POST", "Blog post", 1, false, "/search?q=Thaw&kind=BLOG_POST")),
				null);
		HitGroup group = new HitGroup("thaw", "The Thaw", BlogPostKind.KIND, "/documents/thaw?q=Thaw", 1, List.of(hit),
				null);
		return new SearchResults(request, 1, 1, false, List.of(group),
				new PageImpl<>(List.of(group), PageRequest.of(0, 10), 1), List.of(kind), List.of(), List.of(),
				List.of());
	}

}
