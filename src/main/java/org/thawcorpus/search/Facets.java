package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * The facets of a page of results as the page shows them: each value with its count, its
 * label (a document's title, a period's name) and the search narrowed to it.
 */
final class Facets {

	private Facets() {
	}

	/**
	 * The facets with values, in order, each value in its facet's order.
	 * @param titles the titles of the documents counted, by slug
	 */
	static List<FacetView> views(SearchRequest request, Map<Facet, Map<String, Long>> counts,
			Map<String, String> titles) {
		List<FacetView> views = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			FacetView view = view(request, facet, counts.getOrDefault(facet, Map.of()), titles);
			if (!view.values().isEmpty()) {
				views.add(view);
			}
		}
		return views;
	}

	private static FacetView view(SearchRequest request, Facet facet, Map<String, Long> counts,
			Map<String, String> titles) {
		String selected = request.filters().get(facet);
		Map<String, String> labels = (facet == Facet.DOCUMENT) ? titles : Map.of();
		List<FacetView.Value> values = new ArrayList<>();
		counts.forEach((value, count) -> values
			.add(new FacetView.Value(value, labels.getOrDefault(value, facet.valueLabel(value)), count,
					value.equals(selected), request.with(facet, value).url())));
		Comparator<FacetView.Value> order = switch (facet) {
			case PART -> Comparator.comparing((v) -> Part.valueOf(v.value()));
			case STARS -> Comparator.comparing((FacetView.Value v) -> Facet.UNRATED.equals(v.value()) ? "0" : v.value())
				.reversed();
			case YEAR -> (a, b) -> RecognizedNames.byYear(a.value(), b.value());
			default -> null;
		};
		if (order != null) {
			values.sort(order);
		}
		return new FacetView(facet.param(), facet.label(), values,
				(selected != null) ? request.with(facet, null).url() : null);
	}

	/** The chosen facet values, each with the search without it. */
	static List<SearchResults.Filter> filters(EntityManager entityManager, SearchRequest request) {
		Map<String, String> titles = titles(entityManager, request.filters().containsKey(Facet.DOCUMENT)
				? List.of(request.filters().get(Facet.DOCUMENT)) : List.of());
		List<SearchResults.Filter> filters = new ArrayList<>();
		request.filters()
			.forEach((facet, value) -> filters.add(new SearchResults.Filter(facet.label(),
					titles.getOrDefault(value, facet.valueLabel(value)), request.with(facet, null).url())));
		return filters;
	}

	/** The titles of documents, by slug. */
	static Map<String, String> titles(EntityManager entityManager, Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, String> titles = new HashMap<>();
		entityManager.createQuery("select d.slug, d.title from Document d where d.slug in :slugs", Object[].class)
			.setParameter("slugs", slugs)
			.getResultList()
			.forEach((row) -> titles.put((String) row[0], (String) row[1]));
		return titles;
	}

}
