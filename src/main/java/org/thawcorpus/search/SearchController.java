package org.thawcorpus.search;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the form, and for a query the results, a page of documents with each
 * document's hits together, with their facets; and the concordance of the same search. A
 * query that cannot be read is answered with status 400 and the form again, saying what
 * to fix. While the index is incomplete, the pages say so above the results.
 */
@Controller
class SearchController {

	private final CorpusSearch search;

	private final Concordance concordance;

	private final IndexState index;

	SearchController(CorpusSearch search, Concordance concordance, IndexState index) {
		this.search = search;
		this.concordance = concordance;
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam Map<String, String> params, Model model, HttpServletRequest http,
			HttpServletResponse response) {
		SearchRequest request = SearchRequest.of(params);
		model.addAttribute("request", request);
		model.addAttribute("resultsHtml", new ResultsHtml(http.getContextPath()));
		model.addAttribute("index", this.index.status());
		if (request.hasQuery()) {
			try {
				model.addAttribute("results", this.search.search(request, 0));
			}
			catch (QuerySyntaxException ex) {
				model.addAttribute("problem", ex.getMessage());
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
		return "search/results";
	}

	@GetMapping(ConcordanceRequest.PATH)
	String concordance(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		ConcordanceRequest request = ConcordanceRequest.of(params);
		model.addAttribute("request", request.search());
		model.addAttribute("concordanceRequest", request);
		model.addAttribute("sorts", ConcordanceRequest.Sort.values());
		model.addAttribute("groupings", ConcordanceRequest.Group.values());
		model.addAttribute("index", this.index.status());
		if (request.search().hasQuery()) {
			try {
				model.addAttribute("concordance", this.concordance.page(request));
			}
			catch (QuerySyntaxException ex) {
				model.addAttribute("problem", ex.getMessage());
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
		return "search/concordance";
	}

}
