package org.thawcorpus.search;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the form, and for a query the results grouped by document with their
 * facets. A query that cannot be read is answered with status 400 and the form again,
 * saying what to fix. While the index is incomplete, the page says so above the results.
 */
@Controller
class SearchController {

	private final CorpusSearch search;

	private final IndexState index;

	SearchController(CorpusSearch search, IndexState index) {
		this.search = search;
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		SearchRequest request = SearchRequest.of(params);
		model.addAttribute("request", request);
		model.addAttribute("index", this.index.status());
		if (request.hasQuery()) {
			try {
				model.addAttribute("results", this.search.search(request));
			}
			catch (QuerySyntaxException ex) {
				model.addAttribute("problem", ex.getMessage());
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
		return "search/results";
	}

}
