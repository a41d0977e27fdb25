package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.document.DocumentRepository;
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

	/**
	 * Documents listed in pages, those with the most hits first: counting hits per
	 * document costs a bucket per document, which a cluster refuses past 65,535; a search
	 * that finds more says so and is to be narrowed.
	 */
	public static final int MAX_DOCUMENTS_LISTED = 1000;

	/** Spellings of the register counted for "also found as", the most frequent first. */
	static final int FORMS_COUNTED = 1000;

	private static final Map<Facet, Integer> VALUES_SHOWN = Map.of(Facet.KIND, 10, Facet.DOCUMENT, 20, Facet.SECTION,
			20, Facet.PART, 10, Facet.STARS, 10, Facet.YEAR, 200);

	private final int documentsListed;

	private final EntityManager entityManager;

	private final DocumentRepository documents;

	private final HitQueries queries;

	private final QueryLocator locator;

	private final PassageLinks links;

	private final Suggestions suggestions;

	private final SpellingsFound spellings;

	@Autowired
	CorpusSearch(EntityManager entityManager, DocumentRepository documents, HitQueries queries, QueryLocator locator,
			PassageLinks links, Suggestions suggestions, SpellingsFound spellings) {
		this(entityManager, documents, queries, locator, links, suggestions, spellings, MAX_DOCUMENTS_LISTED);
	}

	/** A search that lists at most {@code documentsListed} documents in its pages. */
	CorpusSearch(EntityManager entityManager, DocumentRepository documents, HitQueries queries, QueryLocator locator,
			PassageLinks links, Suggestions suggestions, SpellingsFound spellings, int documentsListed) {
		this.documentsListed = documentsListed;
		this.entityManager = entityManager;
		this.documents = documents;
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
		// again for each query, and a corpus has as many slugs as documents. One more
		// than are listed, to know whether there are more; the same number whatever the
		// page, so that every page is cut from the same list.
		counting = counting.aggregation(documentsKey,
				(f) -> f.terms()
					.field(HitFields.DOCUMENT_ID, Long.class)
					.orderByCountDescending()
					.maxTermCount(this.documentsListed + 1));
		if (widened) {
			counting = counting.aggregation(formsKey,
					(f) -> f.terms().field(HitFields.FORMS, String.class).maxTermCount(FORMS_COUNTED));
		}
		SearchResult<?> counts = counting.fetch(0);
		long total = counts.total().hitCount();
		List<Map.Entry<Long, Long>> documents = new ArrayList<>(counts.aggregation(documentsKey).entrySet());
		documents.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		boolean moreDocuments = documents.size() > this.documentsListed;
		if (moreDocuments) {
			documents = documents.subList(0, this.documentsListed);
		}
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
		Map<Long, DocumentName> names = names(
				Stream.concat(shown.stream(), listed.stream()).map(Map.Entry::getKey).toList());
		Map<Long, String> slugs = new HashMap<>();
		Map<String, String> titles = new HashMap<>();
		names.forEach((id, name) -> {
			slugs.put(id, name.slug());
			titles.put(name.slug(), name.title());
		});
		List<HitGroup> groups = new ArrayList<>();
		if (total > 0) {
			Map<String, Long> ids = new LinkedHashMap<>();
			Map<String, Long> perDocument = new HashMap<>();
			if (oneDocument) {
				ids.putAll(this.documents.idsBySlug(List.of(request.filters().get(Facet.DOCUMENT))));
			}
			else {
				shown.stream().filter((e) -> slugs.containsKey(e.getKey())).forEach((e) -> {
					ids.put(slugs.get(e.getKey()), e.getKey());
					perDocument.put(slugs.get(e.getKey()), e.getValue());
				});
			}
			groups = groups(session, request, query, ids, perDocument, oneDocument ? offset : 0,
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
		return new SearchResults(request, total, documents.size(), moreDocuments, groups,
				new PageImpl<>(groups, PageRequest.of(request.page() - 1, pageSize), items),
				Facets.views(request, facetCounts, titles), alsoFound, suggestions,
				Facets.filters(this.entityManager, request));
	}

	/** The slugs and titles of documents, by id, in one query. */
	private Map<Long, DocumentName> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, DocumentName> names = new HashMap<>();
		this.entityManager
			.createQuery("select d.id, d.slug, d.title from Document d where d.id in :ids", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((row) -> names.put((Long) row[0], new DocumentName((String) row[1], (String) row[2])));
		return names;
	}

	/**
	 * The documents' hits, in reading order, each document's together: the documents with
	 * no more hits than are shown in one query, each of the others in one of its own, so
	 * that a page costs at most one query more than it has such documents.
	 * @param ids the documents, in the page's order, their ids by slug
	 * @param perDocument the hits of each document, where counted
	 */
	private List<HitGroup> groups(SearchSession session, SearchRequest request, QueryNode query, Map<String, Long> ids,
			Map<String, Long> perDocument, int offset, int limit) {
		Map<String, List<HitRow>> rows = new LinkedHashMap<>();
		ids.keySet().forEach((slug) -> rows.put(slug, new ArrayList<>()));
		List<String> few = ids.keySet()
			.stream()
			.filter((slug) -> offset == 0 && perDocument.getOrDefault(slug, Long.MAX_VALUE) <= limit)
			.toList();
		if (!few.isEmpty()) {
			int all = few.stream().mapToInt((slug) -> perDocument.get(slug).intValue()).sum();
			hits(session, request, query, few, 0, all).forEach((row) -> rows.get(row.slug()).add(row));
		}
		for (String slug : ids.keySet()) {
			if (!few.contains(slug)) {
				rows.get(slug).addAll(hits(session, request, query, List.of(slug), offset, limit));
			}
		}
		boolean oneDocument = request.filters().containsKey(Facet.DOCUMENT);
		List<HitGroup> groups = new ArrayList<>();
		rows.forEach((slug, found) -> {
			if (found.isEmpty()) {
				return;
			}
			long id = ids.get(slug);
			List<SearchHit> hits = found.stream()
				.map((row) -> row.hit(
						this.links.of(id, slug, row.anchor(), row.position(), row.reviewPosition(), request.query()),
						Snippet.of(row.text(), this.locator.locate(query, row.text(), row.places()))))
				.toList();
			long total = perDocument.getOrDefault(slug, (long) hits.size());
			HitRow first = found.get(0);
			String more = (!oneDocument && total > hits.size()) ? request.with(Facet.DOCUMENT, slug).url() : null;
			groups.add(new HitGroup(slug, first.title(), first.kind(), PassageLinks.document(slug, request.query()),
					total, hits, more));
		});
		return groups;
	}

	/** The hits of some documents, in reading order. */
	private List<HitRow> hits(SearchSession session, SearchRequest request, QueryNode query, List<String> slugs,
			int offset, int limit) {
		return session.search(HitQueries.INDEXED)
			.select(HitRow::projection)
			.where((f) -> f.and(this.queries.filtered(f, query, request.filters()),
					f.terms().field(HitFields.DOCUMENT).matchingAny(slugs)))
			.sort((f) -> f.field(HitFields.POSITION))
			.fetchHits(offset, limit);
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
			.select((f) -> f.composite()
				.from(f.id(Long.class), f.field(HitFields.TEXT, String.class), f.field(HitFields.PLACES, String.class))
				.asArray())
			.where((f) -> f.and(this.queries.inDocument(f, query, documentSlug), f.id().matchingAny(passageIds)))
			.fetchHits(passageIds.size());
		Map<Long, List<Mark>> marks = new HashMap<>();
		for (Object[] row : rows) {
			List<Mark> found = this.locator.locate(query, (String) row[1], NamePlaces.read((String) row[2]))
				.stream()
				.map((r) -> new Mark(r.start(), r.end(), Mark.Type.HIGHLIGHT, "match", null))
				.toList();
			if (!found.isEmpty()) {
				marks.put((Long) row[0], found);
			}
		}
		return marks;
	}

	/** A document as a results page names it. */
	private record DocumentName(String slug, String title) {

	}

}
