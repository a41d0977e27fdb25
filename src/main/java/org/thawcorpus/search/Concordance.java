package org.thawcorpus.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.annotation.parse.Periods;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.search.ConcordanceRequest.Group;
import org.thawcorpus.search.ConcordanceRequest.Sort;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.Pages;
import org.thawcorpus.system.PublicUrls;
import org.thawcorpus.system.Urls;

/**
 * The concordance of a search: every match in every passage and citation of the result as
 * a keyword-in-context line, aligned on the match; sorted in reading order or by left
 * context, match or right context; grouped by matched form, document, kind, part,
 * reviewer, year written or year mentioned; a page at a time, or whole for export. The
 * lines of a search are made once for the corpus's version and kept ({@link Kept}), with
 * each order and grouping made once, so that paging, re-sorting and exporting do not make
 * them again.
 */
@Service
public class Concordance {

	/** The most passages and citations a concordance is made of. */
	public static final int MAX_PASSAGES = 50_000;

	/** Characters of context wanted either side of a match. */
	static final int CONTEXT = 60;

	static final int LINES_PER_PAGE = 100;

	static final int GROUPS_PER_PAGE = 100;

	/** The most lines kept, of all searches together. */
	static final int KEPT_LINES = 60_000;

	/** The passages read at a time, cut into lines while the next are read. */
	static final int BATCH = 500;

	/** The most searches kept. */
	static final int KEPT_SEARCHES = 8;

	private static final String NONE = "none";

	private final EntityManager entityManager;

	private final HitQueries queries;

	private final QueryLocator locator;

	private final PassageLinks links;

	private final DocumentRepository documents;

	private final CorpusVersion version;

	private final IndexState index;

	private final Map<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);

	Concordance(EntityManager entityManager, HitQueries queries, QueryLocator locator, PassageLinks links,
			DocumentRepository documents, CorpusVersion version, IndexState index) {
		this.entityManager = entityManager;
		this.queries = queries;
		this.locator = locator;
		this.links = links;
		this.documents = documents;
		this.version = version;
		this.index = index;
	}

	/**
	 * A page of the concordance's lines, or of its groups when grouped and no group is
	 * chosen.
	 * @throws QuerySyntaxException if the query cannot be read
	 * @throws BadRequestException if the search matches more than {@value #MAX_PASSAGES}
	 * passages, or the page is past the last
	 */
	@Transactional(readOnly = true)
	public ConcordanceView page(ConcordanceRequest request) {
		Kept all = lines(request.search());
		List<SearchResults.Filter> filters = Facets.filters(this.entityManager, request.search());
		if (request.group() != null && request.value() == null) {
			List<Tally> tallies = all.groups(request.group());
			int offset = (request.page() - 1) * GROUPS_PER_PAGE;
			if (request.page() > 1 && offset >= tallies.size()) {
				throw Pages.pastTheEnd(tallies.size(), "group", "groups", pages(tallies.size(), GROUPS_PER_PAGE),
						request.page());
			}
			List<ConcordanceView.GroupCount> shown = tallies
				.subList(Math.min(offset, tallies.size()), Math.min(offset + GROUPS_PER_PAGE, tallies.size()))
				.stream()
				.map((t) -> new ConcordanceView.GroupCount(t.value(), t.label(), t.lines(),
						request.groupLink(t.value())))
				.toList();
			return new ConcordanceView(request, all.passages(), all.lines().size(),
					new PageImpl<>(List.of(), PageRequest.of(0, LINES_PER_PAGE), 0),
					new PageImpl<>(shown, PageRequest.of(request.page() - 1, GROUPS_PER_PAGE), tallies.size()), null,
					filters);
		}
		List<ConcordanceLine> lines = all.chosen(request);
		int offset = (request.page() - 1) * LINES_PER_PAGE;
		if (request.page() > 1 && offset >= lines.size()) {
			throw Pages.pastTheEnd(lines.size(), "line", "lines", pages(lines.size(), LINES_PER_PAGE), request.page());
		}
		List<ConcordanceLine> shown = lines.subList(Math.min(offset, lines.size()),
				Math.min(offset + LINES_PER_PAGE, lines.size()));
		Map<PassageLinks.Place, String> hrefs = all.hrefs(shown, (missing) -> hrefs(missing, request.search().query()));
		List<ConcordanceView.Row> rows = shown.stream()
			.map((l) -> new ConcordanceView.Row(l,
					hrefs.getOrDefault(new PassageLinks.Place(l.document(), l.anchor()),
							PassageLinks.document(l.document(), request.search().query()))))
			.toList();
		String groupShown = (request.value() != null) ? label(request.group(), request.value(), shownOf(request, lines))
				: null;
		return new ConcordanceView(request, all.passages(), lines.size(),
				new PageImpl<>(rows, PageRequest.of(request.page() - 1, LINES_PER_PAGE), lines.size()),
				Page.empty(PageRequest.of(0, GROUPS_PER_PAGE)), groupShown, filters);
	}

	/**
	 * Every line of the concordance (of the chosen group, if one is), in its order.
	 * @throws QuerySyntaxException if the query cannot be read
	 * @throws BadRequestException if the search matches more than {@value #MAX_PASSAGES}
	 * passages
	 */
	@Transactional(readOnly = true)
	public List<ConcordanceLine> export(ConcordanceRequest request) {
		return lines(request.search()).chosen(request);
	}

	/**
	 * The addresses of lines' passages, from where the index places them (their position
	 * and their review's): only the ids of their documents are looked up.
	 */
	private Map<PassageLinks.Place, String> hrefs(Collection<ConcordanceLine> lines, String query) {
		Map<String, Long> ids = this.documents
			.idsBySlug(lines.stream().map(ConcordanceLine::document).collect(Collectors.toSet()));
		Map<PassageLinks.Place, String> found = new HashMap<>();
		for (ConcordanceLine l : lines) {
			Long id = ids.get(l.document());
			if (id != null) {
				found.put(new PassageLinks.Place(l.document(), l.anchor()),
						this.links.of(id, l.document(), l.anchor(), l.position(), l.reviewPosition(), query));
			}
		}
		return found;
	}

	private static int pages(int items, int perPage) {
		return Math.max(1, (items + perPage - 1) / perPage);
	}

	/** What the lines of a group show of it, with their counts. */
	private static Map<String, Long> shownOf(ConcordanceRequest request, List<ConcordanceLine> lines) {
		Map<String, Long> shown = new HashMap<>();
		lines.forEach((l) -> shown.merge(shown(request.group(), l), 1L, Long::sum));
		return shown;
	}

	/** The lines of a concordance in its order. */
	static List<ConcordanceLine> sorted(List<ConcordanceLine> lines, Sort sort) {
		Comparator<ConcordanceLine> reading = Comparator
			.comparing((ConcordanceLine l) -> l.title().toLowerCase(Locale.ROOT))
			.thenComparing(ConcordanceLine::document)
			.thenComparingInt(ConcordanceLine::position)
			.thenComparing(ConcordanceLine::citationNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingInt(ConcordanceLine::start);
		if (sort == Sort.DOCUMENT) {
			List<ConcordanceLine> sorted = new ArrayList<>(lines);
			sorted.sort(reading);
			return List.copyOf(sorted);
		}
		Function<ConcordanceLine, String> key = switch (sort) {
			case LEFT -> (l) -> {
				List<String> words = new ArrayList<>(TextTokens.terms(TextTokens.EXACT, l.left()));
				Collections.reverse(words);
				return String.join("\u0001", words);
			};
			case HIT -> {
				Map<String, String> folded = new ConcurrentHashMap<>();
				yield (l) -> folded.computeIfAbsent(l.hit(), TextTokens::folded);
			}
			default -> (l) -> String.join("\u0001", TextTokens.terms(TextTokens.EXACT, l.right()));
		};
		Keyed[] keyed = lines.parallelStream().map((l) -> new Keyed(key.apply(l), l)).toArray(Keyed[]::new);
		Arrays.parallelSort(keyed, Comparator.comparing(Keyed::key).thenComparing(Keyed::line, reading));
		return Arrays.stream(keyed).map(Keyed::line).toList();
	}

	/** The groups of lines, largest first, then by label. */
	static List<Tally> groups(Group group, List<ConcordanceLine> lines) {
		Function<ConcordanceLine, List<String>> keys = keys(group);
		Map<String, Long> counts = new HashMap<>();
		Map<String, Map<String, Long>> written = new HashMap<>();
		for (ConcordanceLine line : lines) {
			for (String k : keys.apply(line)) {
				counts.merge(k, 1L, Long::sum);
				written.computeIfAbsent(k, (v) -> new HashMap<>()).merge(shown(group, line), 1L, Long::sum);
			}
		}
		List<Tally> groups = new ArrayList<>();
		counts.forEach((value, count) -> groups.add(new Tally(value, label(group, value, written.get(value)), count)));
		groups.sort(Comparator.comparingLong(Tally::lines)
			.reversed()
			.thenComparing(Tally::label)
			.thenComparing(Tally::value));
		return List.copyOf(groups);
	}

	/** The groups a line belongs to (several for the years its passage mentions). */
	static Function<ConcordanceLine, List<String>> keys(Group group) {
		return switch (group) {
			case FORM -> {
				Map<String, String> folded = new HashMap<>();
				yield (l) -> List.of(folded.computeIfAbsent(l.hit(), TextTokens::folded));
			}
			case DOCUMENT -> (l) -> List.of(l.document());
			case KIND -> (l) -> List.of(l.kind().code());
			case PART -> (l) -> List.of(l.part().name());
			case REVIEWER -> (l) -> List.of((l.reviewer() != null) ? l.reviewer() : NONE);
			case YEAR -> (l) -> List.of((l.written() != null) ? l.written() : NONE);
			case MENTIONED -> (l) -> l.mentioned().isEmpty() ? List.of(NONE) : l.mentioned();
		};
	}

	/**
	 * What a line shows of its group: its match as written, its document's title, its
	 * kind.
	 */
	private static String shown(Group group, ConcordanceLine line) {
		return switch (group) {
			case FORM -> line.hit();
			case DOCUMENT -> line.title();
			case KIND -> line.kind().label();
			default -> "";
		};
	}

	/**
	 * How a group reads: a form as it is most often written, a document by its title, a
	 * kind by its label.
	 * @param shown what the group's lines show of it, with their counts
	 */
	private static String label(Group group, String value, Map<String, Long> shown) {
		return switch (group) {
			case FORM, DOCUMENT,
					KIND ->
				shown.entrySet()
					.stream()
					.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
					.map(Map.Entry::getKey)
					.orElse(value);
			case PART ->
				Facet.PART.normalize(value) != null ? Part.valueOf(Facet.PART.normalize(value)).label() : value;
			case REVIEWER -> NONE.equals(value) ? "Not in a review" : value;
			case YEAR -> NONE.equals(value) ? "No date" : value;
			case MENTIONED ->
				NONE.equals(value) ? "No year or period" : Periods.isKey(value) ? Periods.labelWithYears(value) : value;
		};
	}

	/**
	 * Every line of a search, with the number of passages: kept from an earlier request
	 * for the same search and the same version of the corpus, or made and kept (unless
	 * the index is being rebuilt, or the lines are too many to keep).
	 */
	private Kept lines(SearchRequest search) {
		QueryNode query = this.queries.prepare(QueryParser.parse(search.query()), search.asWritten());
		boolean keep = this.index.status().complete();
		String prefix = PublicUrls.absolute("");
		Key key = new Key(search.query(), search.asWritten(), search.filters(), prefix, this.version.current());
		if (keep) {
			synchronized (this.kept) {
				Kept found = this.kept.get(key);
				if (found != null) {
					return found;
				}
			}
		}
		Kept made = make(query, search, prefix);
		if (keep && made.lines().size() <= KEPT_LINES) {
			synchronized (this.kept) {
				this.kept.put(key, made);
				int lines = this.kept.values().stream().mapToInt((k) -> k.lines().size()).sum();
				var eldest = this.kept.entrySet().iterator();
				while ((lines > KEPT_LINES || this.kept.size() > KEPT_SEARCHES) && eldest.hasNext()) {
					Kept old = eldest.next().getValue();
					if (old != made) {
						lines -= old.lines().size();
						eldest.remove();
					}
				}
			}
		}
		return made;
	}

	/**
	 * The lines of a search, in the index's order of its passages (a stored text after
	 * its neighbour, not in the order of relevance). The passages are read
	 * {@value #BATCH} at a time, each batch cut into lines while the next is read
	 * ({@link ConcordanceBatches}).
	 */
	private Kept make(QueryNode query, SearchRequest search, String prefix) {
		SearchSession session = Search.session(this.entityManager);
		long passages = session.search(HitQueries.INDEXED)
			.where((f) -> this.queries.filtered(f, query, search.filters()))
			.fetchTotalHitCount();
		if (passages > MAX_PASSAGES) {
			throw new BadRequestException("This search matches " + String.format(Locale.ENGLISH, "%,d", passages)
					+ " passages and citations; a concordance is made of at most "
					+ String.format(Locale.ENGLISH, "%,d", MAX_PASSAGES)
					+ ": narrow the search with a filter or another word.");
		}
		if (passages == 0) {
			return new Kept(0, List.of());
		}
		try (SearchScroll<HitRow> scroll = session.search(HitQueries.INDEXED)
			.select(HitRow::projection)
			.where((f) -> this.queries.filtered(f, query, search.filters()))
			.sort((f) -> f.indexOrder())
			.scroll(BATCH)) {
			Iterator<List<HitRow>> read = new Iterator<>() {

				private SearchScrollResult<HitRow> next;

				@Override
				public boolean hasNext() {
					if (this.next == null) {
						this.next = scroll.next();
					}
					return this.next.hasHits();
				}

				@Override
				public List<HitRow> next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					List<HitRow> hits = this.next.hits();
					this.next = null;
					return hits;
				}

			};
			List<ConcordanceLine> lines = ConcordanceBatches.cut(read, (row) -> linesOf(query, row, prefix));
			return new Kept(passages, lines);
		}
	}

	/** The lines of a passage; {@code prefix} goes before the paths of its permalinks. */
	private List<ConcordanceLine> linesOf(QueryNode query, HitRow row, String prefix) {
		List<Range> ranges = this.locator.locate(query, row.text(), row.places());
		if (ranges.isEmpty()) {
			return List.of();
		}
		String label = row.label();
		String permalink = prefix + "/documents/" + Urls.segment(row.slug()) + "?at="
				+ URLEncoder.encode(row.anchor(), StandardCharsets.UTF_8);
		List<ConcordanceLine> lines = new ArrayList<>(ranges.size());
		for (Range range : ranges) {
			lines.add(new ConcordanceLine(row.slug(), row.title(), row.kind(), row.part(), row.anchor(), label,
					left(row.text(), range.start()), flat(row.text().substring(range.start(), range.end())),
					right(row.text(), range.end()), row.line(), row.place().reviewer(), row.written(), row.mentioned(),
					row.position(), row.reviewPosition(), row.citationNumber(), range.start(), permalink));
		}
		return lines;
	}

	/** Up to {@value #CONTEXT} characters before a match, from the start of a word. */
	static String left(String text, int start) {
		int from = Math.max(0, start - CONTEXT);
		if (from > 0) {
			int i = from;
			while (i < start && !Character.isWhitespace(text.charAt(i - 1))) {
				i++;
			}
			from = (i < start) ? i : from;
		}
		return flat(text.substring(from, start));
	}

	/** Up to {@value #CONTEXT} characters after a match, to the end of a word. */
	static String right(String text, int end) {
		int to = Math.min(text.length(), end + CONTEXT);
		if (to < text.length()) {
			int i = to;
			while (i > end && !Character.isWhitespace(text.charAt(i))) {
				i--;
			}
			to = (i > end) ? i : to;
		}
		return flat(text.substring(end, to));
	}

	private static String flat(String text) {
		return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
	}

	/** A line with the key it sorts by. */
	private record Keyed(String key, ConcordanceLine line) {

	}

	/**
	 * A group of lines.
	 *
	 * @param value the group's value, as the URL carries it
	 * @param label how it reads
	 * @param lines its lines
	 */
	record Tally(String value, String label, long lines) {

	}

	/**
	 * A search as the lines kept for it are known: what it asks, the prefix of its links,
	 * and the version of the corpus it was asked of.
	 */
	private record Key(String query, boolean asWritten, Map<Facet, String> filters, String prefix, long version) {

	}

	/**
	 * The lines of a search and the passages they come from; each order of the lines,
	 * each grouping and the addresses of the passages shown made once, when first asked
	 * for.
	 */
	private static final class Kept {

		private final long passages;

		private final List<ConcordanceLine> lines;

		private final Map<Sort, List<ConcordanceLine>> sorted = new ConcurrentHashMap<>();

		private final Map<Group, List<Tally>> groups = new ConcurrentHashMap<>();

		private final Map<PassageLinks.Place, String> hrefs = new ConcurrentHashMap<>();

		Kept(long passages, List<ConcordanceLine> lines) {
			this.passages = passages;
			this.lines = lines;
		}

		long passages() {
			return this.passages;
		}

		List<ConcordanceLine> lines() {
			return this.lines;
		}

		List<Tally> groups(Group group) {
			return this.groups.computeIfAbsent(group, (g) -> Concordance.groups(g, this.lines));
		}

		/** The lines of the chosen group, if any, in the chosen order. */
		List<ConcordanceLine> chosen(ConcordanceRequest request) {
			List<ConcordanceLine> ordered = this.sorted.computeIfAbsent(request.sort(),
					(s) -> Concordance.sorted(this.lines, s));
			if (request.value() == null) {
				return ordered;
			}
			Function<ConcordanceLine, List<String>> keys = keys(request.group());
			return ordered.stream().filter((l) -> keys.apply(l).contains(request.value())).toList();
		}

		/**
		 * The addresses of the lines' passages, those not known yet looked up together.
		 */
		Map<PassageLinks.Place, String> hrefs(List<ConcordanceLine> shown,
				Function<Collection<ConcordanceLine>, Map<PassageLinks.Place, String>> lookUp) {
			Map<PassageLinks.Place, ConcordanceLine> missing = new HashMap<>();
			for (ConcordanceLine l : shown) {
				PassageLinks.Place place = new PassageLinks.Place(l.document(), l.anchor());
				if (!this.hrefs.containsKey(place)) {
					missing.putIfAbsent(place, l);
				}
			}
			if (!missing.isEmpty()) {
				this.hrefs.putAll(lookUp.apply(missing.values()));
			}
			return this.hrefs;
		}

	}

}
