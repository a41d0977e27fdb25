package org.thawcorpus.search;

import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.springframework.stereotype.Component;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Passage;

/**
 * The predicates a search runs: the query as the index runs it (words widened to the
 * register's spellings unless searched as written), narrowed by the chosen facet values.
 */
@Component
class HitQueries {

	/** What is searched: passages and citations, in one query. */
	static final List<Class<?>> INDEXED = List.of(Passage.class, Citation.class);

	private final QueryWidening widening;

	HitQueries(QueryWidening widening) {
		this.widening = widening;
	}

	/** The parsed query as the index runs it. */
	QueryNode prepare(QueryNode parsed, boolean asWritten) {
		return asWritten ? parsed : this.widening.widen(parsed);
	}

	PredicateFinalStep filtered(SearchPredicateFactory f, QueryNode query, Map<Facet, String> filters) {
		if (filters.isEmpty()) {
			return QueryPredicates.of(f, query);
		}
		var and = f.and().add(QueryPredicates.of(f, query));
		filters.forEach((facet, value) -> and.add(f.match().field(facet.field()).matching(value)));
		return and;
	}

	PredicateFinalStep inDocument(SearchPredicateFactory f, QueryNode query, String documentSlug) {
		return f.and(QueryPredicates.of(f, query), f.match().field(HitFields.DOCUMENT).matching(documentSlug));
	}

}
