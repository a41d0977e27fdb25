package org.thawcorpus.search;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of results for a search: documents with their hits together, paged by documents
 * (or, narrowed to one document, its hits paged), with facets, what the register's
 * spellings added, and suggestions when there are no results.
 *
 * @param request the search
 * @param total the passages and citations that match, in all documents
 * @param documents the documents with matches, at most
 * {@value CorpusSearch#MAX_DOCUMENTS_LISTED}
 * @param moreDocuments whether more documents match than are counted and listed
 * @param groups the page's documents with their hits, those with the most hits first
 * @param pager the page: of documents, or of one document's hits
 * @param facets the facets with their counts; those without values left out
 * @param alsoFound the words the register widened, with the spellings found
 * @param suggestions what to try if nothing was found (otherwise empty)
 * @param filters the chosen facet values, each with a link to the search without it
 */
public record SearchResults(SearchRequest request, long total, long documents, boolean moreDocuments,
		List<HitGroup> groups, Page<?> pager, List<FacetView> facets, List<AlsoFound> alsoFound,
		List<Suggestion> suggestions, List<Filter> filters) {

	public SearchResults {
		groups = List.copyOf(groups);
		facets = List.copyOf(facets);
		alsoFound = List.copyOf(alsoFound);
		suggestions = List.copyOf(suggestions);
		filters = List.copyOf(filters);
	}

	/** The hits shown on this page, in order. */
	public List<SearchHit> hits() {
		return this.groups.stream().flatMap((g) -> g.hits().stream()).toList();
	}

	/** Whether the search is narrowed to one document, whose hits are paged. */
	public boolean oneDocument() {
		return this.request.filters().containsKey(Facet.DOCUMENT);
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
