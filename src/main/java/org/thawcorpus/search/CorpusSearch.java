package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.markup.Mark;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.system.Pages;
import org.thawcorpus.system.PastTheEndException;

/**
 * Searches the corpus: passages (of text, works cited, reviews and comments) and
 * citations, ranked, a page at a time, with facet counts; and finds a query's matches in
 * one document for the reading view.
 */
@Service
public class CorpusSearch {

	static final int PAGE_SIZE = 20;

	private static final List<Class<?>> INDEXED = List.of(Passage.class, Citation.class);

	private static final Map<Facet, Integer> VALUES_SHOWN = Map.of(Facet.KIND, 10, Facet.DOCUMENT, 20, Facet.SECTION,
			20, Facet.PART, 10, Facet.STARS, 10, Facet.YEAR, 200);

	private final EntityManager entityManager;

	private final NameMatches names;

	private final PassageLinks links;

	CorpusSearch(EntityManager entityManager, NameMatches names, PassageLinks links) {
		this.entityManager = entityManager;
		this.names = names;
		this.links = links;
	}

	/**
	 * A page of results.
	 * @throws QuerySyntaxException if the query cannot be read
	 * @throws PastTheEndException if the page is past the last one
	 */
	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request) {
		QueryNode query = QueryParser.parse(request.query());
		SearchSession session = Search.session(this.entityManager);
		Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			if (facet != Facet.YEAR) {
				keys.put(facet, AggregationKey.of(facet.param()));
			}
		}
		AggregationKey<Map<Integer, Long>> yearKey = AggregationKey.of(Facet.YEAR.param());
		int offset = (request.page() - 1) * PAGE_SIZE;
		SearchResult<Row> result = session.search(INDEXED)
			.select((f) -> f.composite()
				.from(f.field(HitFields.PART, String.class), f.field(HitFields.DOCUMENT, String.class),
						f.field(HitFields.DOCUMENT_TITLE, String.class), f.field(HitFields.DOCUMENT_KIND, String.class),
						f.field(HitFields.ANCHOR, String.class), f.field(HitFields.CITATION_ID, Long.class),
						f.field(HitFields.CITATION_NUMBER, Integer.class), f.field(HitFields.TEXT, String.class),
						f.highlight(HitFields.TEXT))
				.asArray(Row::of))
			.where((f) -> filtered(f, query, request.filters()))
			.highlighter((h) -> h.unified().tag(MatchRanges.OPEN, MatchRanges.CLOSE).numberOfFragments(100))
			.aggregation(keys.get(Facet.KIND), (f) -> terms(f, Facet.KIND))
			.aggregation(keys.get(Facet.DOCUMENT), (f) -> terms(f, Facet.DOCUMENT))
			.aggregation(keys.get(Facet.SECTION), (f) -> terms(f, Facet.SECTION))
			.aggregation(keys.get(Facet.PART), (f) -> terms(f, Facet.PART))
			.aggregation(keys.get(Facet.STARS), (f) -> terms(f, Facet.STARS))
			.aggregation(yearKey,
					(f) -> f.terms()
						.field(Facet.YEAR.field(), Integer.class)
						.maxTermCount(VALUES_SHOWN.get(Facet.YEAR))
						.orderByTermAscending())
			.fetch(offset, PAGE_SIZE);
		long total = result.total().hitCount();
		if (request.page() > 1 && offset >= total) {
			throw Pages.pastTheEnd(total, "result", "results", (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE),
					request.page());
		}
		Set<String> named = this.names.entriesNamed(query);
		Map<PassageLinks.Place, String> hrefs = this.links
			.of(result.hits().stream().map(Row::place).collect(Collectors.toSet()), request.query());
		List<SearchHit> hits = result.hits()
			.stream()
			.map((row) -> row.hit(hrefs.getOrDefault(row.place(), PassageLinks.document(row.slug(), request.query())),
					this.names.withHighlights(row.text(), named, MatchRanges.locate(row.text(), row.fragments()))))
			.toList();
		List<FacetView> facets = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			if (facet == Facet.YEAR) {
				result.aggregation(yearKey).forEach((year, count) -> counts.put(String.valueOf(year), count));
			}
			else {
				counts.putAll(result.aggregation(keys.get(facet)));
			}
			FacetView view = facetView(request, facet, counts);
			if (!view.values().isEmpty()) {
				facets.add(view);
			}
		}
		List<Suggestion> suggestions = (total == 0) ? suggestions(session, request, query) : List.of();
		return new SearchResults(request, new PageImpl<>(hits, PageRequest.of(request.page() - 1, PAGE_SIZE), total),
				groups(hits, request.query()), facets, suggestions, filters(request));
	}

	/**
	 * The query's matches in the passages of one document: how many passages match, and
	 * highlight marks looked up for the passages a page shows; none if the query is blank
	 * or cannot be read.
	 */
	@Transactional(readOnly = true)
	public QueryMatches matchesIn(String documentSlug, String q) {
		if (q == null || q.isBlank()) {
			return QueryMatches.NONE;
		}
		QueryNode query;
		try {
			query = QueryParser.parse(q);
		}
		catch (QuerySyntaxException ex) {
			return QueryMatches.NONE;
		}
		long passages = Search.session(this.entityManager)
			.search(Passage.class)
			.where((f) -> inDocument(f, query, documentSlug))
			.fetchTotalHitCount();
		return new QueryMatches(passages, (ids) -> highlights(documentSlug, query, ids));
	}

	/** The highlight marks of the passages with those ids that match, by passage id. */
	private Map<Long, List<Mark>> highlights(String documentSlug, QueryNode query, Collection<Long> passageIds) {
		List<Object[]> rows = Search.session(this.entityManager)
			.search(Passage.class)
			.select((f) -> f.composite()
				.from(f.id(Long.class), f.field(HitFields.TEXT, String.class), f.highlight(HitFields.TEXT))
				.asArray())
			.where((f) -> f.and(inDocument(f, query, documentSlug), f.id().matchingAny(passageIds)))
			.highlighter((h) -> h.unified().tag(MatchRanges.OPEN, MatchRanges.CLOSE).numberOfFragments(1000))
			.fetchHits(passageIds.size());
		Set<String> named = this.names.entriesNamed(query);
		Map<Long, List<Mark>> marks = new HashMap<>();
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			List<String> fragments = (List<String>) row[2];
			String text = (String) row[1];
			List<Mark> found = this.names.withHighlights(text, named, MatchRanges.locate(text, fragments))
				.stream()
				.map((r) -> new Mark(r.start(), r.end(), Mark.Type.HIGHLIGHT, "match", null))
				.toList();
			if (!found.isEmpty()) {
				marks.put((Long) row[0], found);
			}
		}
		return marks;
	}

	private static PredicateFinalStep inDocument(SearchPredicateFactory f, QueryNode query, String documentSlug) {
		return f.and(QueryPredicates.of(f, query), f.match().field(HitFields.DOCUMENT).matching(documentSlug));
	}

	private static PredicateFinalStep filtered(SearchPredicateFactory f, QueryNode query, Map<Facet, String> filters) {
		if (filters.isEmpty()) {
			return QueryPredicates.of(f, query);
		}
		var and = f.and().add(QueryPredicates.of(f, query));
		filters.forEach((facet, value) -> and
			.add(f.match().field(facet.field()).matching((facet == Facet.YEAR) ? Integer.valueOf(value) : value)));
		return and;
	}

	private static AggregationFinalStep<Map<String, Long>> terms(SearchAggregationFactory f, Facet facet) {
		return f.terms().field(facet.field(), String.class).maxTermCount(VALUES_SHOWN.get(facet));
	}

	private FacetView facetView(SearchRequest request, Facet facet, Map<String, Long> counts) {
		String selected = request.filters().get(facet);
		Map<String, String> labels = (facet == Facet.DOCUMENT) ? titles(counts.keySet()) : Map.of();
		List<FacetView.Value> values = new ArrayList<>();
		counts.forEach((value, count) -> values
			.add(new FacetView.Value(value, labels.getOrDefault(value, facet.valueLabel(value)), count,
					value.equals(selected), request.with(facet, value).url())));
		Comparator<FacetView.Value> order = switch (facet) {
			case PART -> Comparator.comparing((v) -> Part.valueOf(v.value()));
			case STARS -> Comparator.comparing((FacetView.Value v) -> Facet.UNRATED.equals(v.value()) ? "0" : v.value())
				.reversed();
			default -> null;
		};
		if (order != null) {
			values.sort(order);
		}
		return new FacetView(facet.param(), facet.label(), values,
				(selected != null) ? request.with(facet, null).url() : null);
	}

	private List<SearchResults.Filter> filters(SearchRequest request) {
		Map<String, String> titles = titles(request.filters().containsKey(Facet.DOCUMENT)
				? List.of(request.filters().get(Facet.DOCUMENT)) : List.of());
		List<SearchResults.Filter> filters = new ArrayList<>();
		request.filters()
			.forEach((facet, value) -> filters.add(new SearchResults.Filter(facet.label(),
					titles.getOrDefault(value, facet.valueLabel(value)), request.with(facet, null).url())));
		return filters;
	}

	private Map<String, String> titles(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, String> titles = new HashMap<>();
		this.entityManager.createQuery("select d.slug, d.title from Document d where d.slug in :slugs", Object[].class)
			.setParameter("slugs", slugs)
			.getResultList()
			.forEach((row) -> titles.put((String) row[0], (String) row[1]));
		return titles;
	}

	private static List<HitGroup> groups(List<SearchHit> hits, String query) {
		Map<String, List<SearchHit>> bySlug = new LinkedHashMap<>();
		hits.forEach((hit) -> bySlug.computeIfAbsent(hit.documentSlug(), (s) -> new ArrayList<>()).add(hit));
		return bySlug.values().stream().map((group) -> {
			SearchHit first = group.get(0);
			return new HitGroup(first.documentSlug(), first.documentTitle(), first.documentKind(),
					PassageLinks.document(first.documentSlug(), query), group);
		}).toList();
	}

	private List<Suggestion> suggestions(SearchSession session, SearchRequest request, QueryNode query) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Facet facet : request.filters().keySet()) {
			SearchRequest wider = request.with(facet, null);
			long count = count(session, query, wider.filters());
			if (count > 0) {
				suggestions.add(new Suggestion("Remove the filter " + facet.label().toLowerCase() + ": "
						+ facet.valueLabel(request.filters().get(facet)) + ".", null, wider.url(), count));
			}
		}
		QueryNode unquoted = QueryWriter.withoutQuotes(query);
		suggest(suggestions, session, request, unquoted,
				"Drop the quotation marks, to find the words anywhere in a passage:");
		suggest(suggestions, session, request, QueryWriter.anyOf((unquoted != null) ? unquoted : query),
				"Look for any of the words rather than all of them:");
		suggest(suggestions, session, request, QueryWriter.withPrefixes(query),
				"Match the start of the words with a *:");
		suggest(suggestions, session, request, QueryWriter.withLooseSpelling(query),
				"Allow for other spellings with a ~:");
		return suggestions;
	}

	private void suggest(List<Suggestion> suggestions, SearchSession session, SearchRequest request,
			QueryNode rewritten, String advice) {
		if (rewritten == null) {
			return;
		}
		long count = count(session, rewritten, request.filters());
		if (count > 0) {
			String q = QueryWriter.write(rewritten);
			suggestions.add(new Suggestion(advice, q, request.withQuery(q).url(), count));
		}
	}

	private static long count(SearchSession session, QueryNode query, Map<Facet, String> filters) {
		return session.search(INDEXED).where((f) -> filtered(f, query, filters)).fetchTotalHitCount();
	}

	/** A hit as the index returns it. */
	private record Row(Part part, String slug, String title, DocumentKind kind, String anchor, Long citationId,
			Integer citationNumber, String text, List<String> fragments) {

		@SuppressWarnings("unchecked")
		static Row of(Object[] values) {
			return new Row(Part.valueOf((String) values[0]), (String) values[1], (String) values[2],
					DocumentKind.of((String) values[3]), (String) values[4], (Long) values[5], (Integer) values[6],
					(String) values[7], (List<String>) values[8]);
		}

		PassageLinks.Place place() {
			return new PassageLinks.Place(this.slug, this.anchor);
		}

		SearchHit hit(String href, List<Range> matches) {
			return new SearchHit(this.slug, this.title, this.kind, this.part, this.anchor, this.citationId,
					this.citationNumber, href, Snippet.of(this.text, matches));
		}

	}

}
