package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.markup.Mark;
import org.thawcorpus.system.Pages;
import org.thawcorpus.system.PastTheEndException;

/**
 * Searches the corpus: passages (of text, works cited, reviews and comments) and
 * citations, a page of documents at a time with each document's hits together, with facet
 * counts and the spellings the register added; and finds a query's matches in one
 * document for the reading view.
 */
@Service
public class CorpusSearch {

	/** Documents on a page of results, unless the API asks for another number. */
	static final int DOCUMENTS_PER_PAGE = 10;

	/** The most documents (or, narrowed to one document, hits) a page may hold. */
	public static final int MAX_PAGE_SIZE = 100;

	/** Hits shown with a document on a page of documents, in reading order. */
	static final int HITS_PER_DOCUMENT = 10;

	/** Hits on a page of one document's hits. */
	static final int HITS_PER_PAGE = 50;

	private static final Map<Facet, Integer> VALUES_SHOWN = Map.of(Facet.KIND, 10, Facet.DOCUMENT, 20, Facet.SECTION,
			20, Facet.PART, 10, Facet.STARS, 10, Facet.YEAR, 200);

	private final EntityManager entityManager;

	private final HitQueries queries;

	private final QueryLocator locator;

	private final PassageLinks links;

	private final Suggestions suggestions;

	private final SpellingsFound spellings;

	CorpusSearch(EntityManager entityManager, HitQueries queries, QueryLocator locator, PassageLinks links,
			Suggestions suggestions, SpellingsFound spellings) {
		this.entityManager = entityManager;
		this.queries = queries;
		this.locator = locator;
		this.links = links;
		this.suggestions = suggestions;
		this.spellings = spellings;
	}

	/**
	 * A page of results, {@value #DOCUMENTS_PER_PAGE} documents (or
	 * {@value #HITS_PER_PAGE} hits of one document) to a page.
	 * @throws QuerySyntaxException if the query cannot be read
	 * @throws PastTheEndException if the page is past the last one
	 */
	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request) {
		return search(request, 0);
	}

	/**
	 * A page of results.
	 * @param size documents to a page (with a document filter, hits), 1 to
	 * {@value #MAX_PAGE_SIZE}; 0 for the default
	 * @throws QuerySyntaxException if the query cannot be read
	 * @throws PastTheEndException if the page is past the last one
	 */
	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request, int size) {
		QueryNode parsed = QueryParser.parse(request.query());
		QueryNode query = this.queries.prepare(parsed, request.asWritten());
		SearchSession session = Search.session(this.entityManager);
		Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			keys.put(facet, AggregationKey.of(facet.param()));
		}
		AggregationKey<Map<String, Long>> formsKey = AggregationKey.of(HitFields.FORMS);
		AggregationKey<Map<Long, Long>> documentsKey = AggregationKey.of(HitFields.DOCUMENT_ID);
		boolean widened = !NameMatches.entriesNamed(query).isEmpty();
		var counting = session.search(HitQueries.INDEXED)
			.where((f) -> this.queries.filtered(f, query, request.filters()));
		for (Facet facet : Facet.values()) {
			if (facet != Facet.DOCUMENT) {
				counting = counting.aggregation(keys.get(facet),
						(f) -> f.terms().field(facet.field(), String.class).maxTermCount(VALUES_SHOWN.get(facet)));
			}
		}
		// Hits per document are counted by the document's number, not its slug: a text
		// field's counts need a map of its values across the index's segments, built
		// again for each query, and a corpus has as many slugs as documents.
		counting = counting.aggregation(documentsKey,
				(f) -> f.terms().field(HitFields.DOCUMENT_ID, Long.class).maxTermCount(Integer.MAX_VALUE));
		if (widened) {
			counting = counting.aggregation(formsKey,
					(f) -> f.terms().field(HitFields.FORMS, String.class).maxTermCount(Integer.MAX_VALUE));
		}
		SearchResult<?> counts = counting.fetch(0);
		long total = counts.total().hitCount();
		List<Map.Entry<Long, Long>> documents = new ArrayList<>(counts.aggregation(documentsKey).entrySet());
		documents.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		boolean oneDocument = request.filters().containsKey(Facet.DOCUMENT);
		int pageSize = (size > 0) ? Math.min(size, MAX_PAGE_SIZE) : oneDocument ? HITS_PER_PAGE : DOCUMENTS_PER_PAGE;
		long items = oneDocument ? total : documents.size();
		int offset = (request.page() - 1) * pageSize;
		if (request.page() > 1 && offset >= items) {
			throw Pages.pastTheEnd(items, oneDocument ? "result" : "source with results",
					oneDocument ? "results" : "sources with results",
					(int) Math.max(1, (items + pageSize - 1) / pageSize), request.page());
		}
		List<Map.Entry<Long, Long>> shown = oneDocument ? List.of()
				: documents.subList(Math.min(offset, documents.size()), (int) Math.min(offset + pageSize, items));
		List<Map.Entry<Long, Long>> listed = documents.subList(0,
				Math.min(documents.size(), VALUES_SHOWN.get(Facet.DOCUMENT)));
		Map<Long, String> slugs = slugs(Stream.concat(shown.stream(), listed.stream()).map(Map.Entry::getKey).toList());
		Map<String, Long> perDocument = new HashMap<>();
		shown.stream()
			.filter((e) -> slugs.containsKey(e.getKey()))
			.forEach((e) -> perDocument.put(slugs.get(e.getKey()), e.getValue()));
		List<HitGroup> groups = new ArrayList<>();
		if (total > 0) {
			List<String> pageSlugs = oneDocument ? List.of(request.filters().get(Facet.DOCUMENT))
					: shown.stream().map((e) -> slugs.get(e.getKey())).filter(Objects::nonNull).toList();
			groups = groups(session, request, query, pageSlugs, perDocument, oneDocument ? offset : 0,
					oneDocument ? pageSize : HITS_PER_DOCUMENT);
		}
		Map<Facet, Map<String, Long>> facetCounts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			Map<String, Long> values = new LinkedHashMap<>();
			if (facet == Facet.DOCUMENT) {
				listed.stream()
					.filter((e) -> slugs.containsKey(e.getKey()))
					.forEach((e) -> values.put(slugs.get(e.getKey()), e.getValue()));
			}
			else {
				values.putAll(counts.aggregation(keys.get(facet)));
			}
			facetCounts.put(facet, values);
		}
		List<AlsoFound> alsoFound = widened
				? this.spellings.of(query, counts.aggregation(formsKey), request.withAsWritten(true).url()) : List.of();
		List<Suggestion> suggestions = (total == 0) ? this.suggestions.of(session, request, parsed) : List.of();
		return new SearchResults(request, total, documents.size(), groups,
				new PageImpl<>(groups, PageRequest.of(request.page() - 1, pageSize), items),
				Facets.views(this.entityManager, request, facetCounts), alsoFound, suggestions,
				Facets.filters(this.entityManager, request));
	}

	/** The slugs of documents, by id. */
	private Map<Long, String> slugs(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> slugs = new HashMap<>();
		this.entityManager.createQuery("select d.id, d.slug from Document d where d.id in :ids", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((row) -> slugs.put((Long) row[0], (String) row[1]));
		return slugs;
	}

	/** The documents' hits, in reading order, each document's in one query. */
	private List<HitGroup> groups(SearchSession session, SearchRequest request, QueryNode query, List<String> slugs,
			Map<String, Long> perDocument, int offset, int limit) {
		Map<String, List<HitRow>> rows = new LinkedHashMap<>();
		for (String slug : slugs) {
			rows.put(slug,
					session.search(HitQueries.INDEXED)
						.select(HitRow::projection)
						.where((f) -> f.and(this.queries.filtered(f, query, request.filters()),
								f.match().field(HitFields.DOCUMENT).matching(slug)))
						.sort((f) -> f.field(HitFields.POSITION))
						.fetchHits(offset, limit));
		}
		Map<PassageLinks.Place, String> hrefs = this.links.of(
				rows.values().stream().flatMap(List::stream).map(HitRow::where).collect(Collectors.toSet()),
				request.query());
		boolean oneDocument = request.filters().containsKey(Facet.DOCUMENT);
		List<HitGroup> groups = new ArrayList<>();
		rows.forEach((slug, found) -> {
			if (found.isEmpty()) {
				return;
			}
			List<SearchHit> hits = found.stream()
				.map((row) -> row.hit(hrefs.getOrDefault(row.where(), PassageLinks.document(slug, request.query())),
						Snippet.of(row.text(), this.locator.locate(query, row.text()))))
				.toList();
			long total = perDocument.getOrDefault(slug, (long) hits.size());
			HitRow first = found.get(0);
			String more = (!oneDocument && total > hits.size()) ? request.with(Facet.DOCUMENT, slug).url() : null;
			groups.add(new HitGroup(slug, first.title(), first.kind(), PassageLinks.document(slug, request.query()),
					total, hits, more));
		});
		return groups;
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
			query = this.queries.prepare(QueryParser.parse(q), false);
		}
		catch (QuerySyntaxException ex) {
			return QueryMatches.NONE;
		}
		long passages = Search.session(this.entityManager)
			.search(Passage.class)
			.where((f) -> this.queries.inDocument(f, query, documentSlug))
			.fetchTotalHitCount();
		return new QueryMatches(passages, (ids) -> highlights(documentSlug, query, ids));
	}

	/** The highlight marks of the passages with those ids that match, by passage id. */
	private Map<Long, List<Mark>> highlights(String documentSlug, QueryNode query, Collection<Long> passageIds) {
		List<Object[]> rows = Search.session(this.entityManager)
			.search(Passage.class)
			.select((f) -> f.composite().from(f.id(Long.class), f.field(HitFields.TEXT, String.class)).asArray())
			.where((f) -> f.and(this.queries.inDocument(f, query, documentSlug), f.id().matchingAny(passageIds)))
			.fetchHits(passageIds.size());
		Map<Long, List<Mark>> marks = new HashMap<>();
		for (Object[] row : rows) {
			List<Mark> found = this.locator.locate(query, (String) row[1])
				.stream()
				.map((r) -> new Mark(r.start(), r.end(), Mark.Type.HIGHLIGHT, "match", null))
				.toList();
			if (!found.isEmpty()) {
				marks.put((Long) row[0], found);
			}
		}
		return marks;
	}

}
