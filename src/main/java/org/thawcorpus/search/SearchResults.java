package org.thawcorpus.search;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of results for a search, grouped by document, with facets, and suggestions when
 * there are no results.
 *
 * @param request the search
 * @param hits the page of hits, in rank order, with the total
 * @param groups the page's hits grouped by document, in order of each document's best hit
 * @param facets the facets with their counts; those without values left out
 * @param suggestions what to try if nothing was found (otherwise empty)
 * @param filters the chosen facet values, each with a link to the search without it
 */
public record SearchResults(SearchRequest request, Page<SearchHit> hits, List<HitGroup> groups, List<FacetView> facets,
		List<Suggestion> suggestions, List<Filter> filters) {

	public SearchResults {
		groups = List.copyOf(groups);
		facets = List.copyOf(facets);
		suggestions = List.copyOf(suggestions);
		filters = List.copyOf(filters);
	}

	public long total() {
		return this.hits.getTotalElements();
	}

	/**
	 * A chosen facet value.
	 *
	 * @param facet the facet's heading
	 * @param value how the value reads
	 * @param removeLink the search without it
	 */
	public record Filter(String facet, String value, String removeLink) {

	}

}
