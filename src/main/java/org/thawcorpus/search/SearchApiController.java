package org.thawcorpus.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.system.BadRequestException;

/**
 * Corpus search as JSON: the same parameters as the search page. A missing or unreadable
 * query is a 400 problem saying what to fix. Every answer says in {@code index} whether
 * the index it came from was complete.
 */
@RestController
class SearchApiController {

	private final CorpusSearch search;

	private final IndexState index;

	SearchApiController(CorpusSearch search, IndexState index) {
		this.search = search;
		this.index = index;
	}

	@GetMapping("/api/search")
	SearchJson search(@RequestParam Map<String, String> params) {
		SearchRequest request = SearchRequest.of(params);
		if (!request.hasQuery()) {
			throw new BadRequestException("The parameter \"q\" must hold a query, as in q=Thaw.");
		}
		IndexJson index = IndexJson.of(this.index.status());
		try {
			return SearchJson.of(this.search.search(request), index);
		}
		catch (QuerySyntaxException ex) {
			throw new BadRequestException(ex.getMessage());
		}
	}

	record SearchJson(String query, long total, int page, int pageSize, int pages, List<HitJson> hits,
			Map<String, Map<String, Long>> facets, List<Suggestion> suggestions, IndexJson index) {

		static SearchJson of(SearchResults results, IndexJson index) {
			Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
			for (FacetView facet : results.facets()) {
				Map<String, Long> counts = new LinkedHashMap<>();
				facet.values().forEach((v) -> counts.put(v.value(), v.count()));
				facets.put(facet.name(), counts);
			}
			return new SearchJson(results.request().query(), results.total(), results.request().page(),
					results.hits().getSize(), results.hits().getTotalPages(),
					results.hits().getContent().stream().map(HitJson::of).toList(), facets, results.suggestions(),
					index);
		}

	}

	/**
	 * Whether the answer saw the whole corpus; when not, why, and how far a rebuild has
	 * got.
	 */
	record IndexJson(boolean complete, String state, long indexed, long expected, String message) {

		static IndexJson of(IndexStatus status) {
			return new IndexJson(status.complete(), status.phase().name().toLowerCase(Locale.ROOT), status.indexed(),
					status.expected(), status.notice());
		}

	}

	record HitJson(String documentSlug, String documentTitle, DocumentKind documentKind, String anchor, String kind,
			Long citationId, String url, String snippet, List<Range> matches) {

		static HitJson of(SearchHit hit) {
			return new HitJson(hit.documentSlug(), hit.documentTitle(), hit.documentKind(), hit.anchor(), hit.kind(),
					hit.citationId(), hit.link(), hit.snippet().text(), hit.snippet().matches());
		}

	}

}
