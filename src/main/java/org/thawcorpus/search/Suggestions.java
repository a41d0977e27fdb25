package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.AnnotationRegister;
import org.thawcorpus.annotation.parse.RegisterEntry;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.search.QueryNode.All;
import org.thawcorpus.search.QueryNode.Any;
import org.thawcorpus.search.QueryNode.Fuzzy;
import org.thawcorpus.search.QueryNode.Word;

/**
 * What to try after a search found nothing, each with the results it finds: a filter to
 * remove, the quotation marks to drop, any of the words instead of all, and for a word
 * found nowhere, other spellings of the same word: the register's own spellings first,
 * then the forms the corpus writes, each within a few edits of the word (none for words
 * of up to four letters, one for up to eight, two for longer ones), so "Beria" is never
 * offered "Berlin" or "beginning". The register offers one spelling per entry, the
 * nearest.
 */
@Component
class Suggestions {

	/** Other spellings offered for a word. */
	static final int SPELLINGS = 3;

	/** Passages read to find the forms the corpus writes near a word. */
	static final int PASSAGES_READ = 50;

	private final HitQueries queries;

	private final QueryLocator locator;

	private final AnnotationRegister register;

	Suggestions(HitQueries queries, QueryLocator locator, AnnotationRegister register) {
		this.queries = queries;
		this.locator = locator;
		this.register = register;
	}

	/** The suggestions for a search that found nothing. */
	List<Suggestion> of(SearchSession session, SearchRequest request, QueryNode parsed) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Facet facet : request.filters().keySet()) {
			SearchRequest wider = request.with(facet, null);
			long count = count(session, parsed, wider);
			if (count > 0) {
				suggestions.add(new Suggestion("Remove the filter " + facet.label().toLowerCase(Locale.ROOT) + ": "
						+ facet.valueLabel(request.filters().get(facet)) + ".", null, wider.url(), count));
			}
		}
		for (Word word : words(parsed)) {
			if (count(session, word, request) > 0) {
				continue;
			}
			for (String spelling : spellings(session, word)) {
				suggest(suggestions, session, request, QueryWriter.replaced(parsed, word, spelling),
						"Did you mean " + spelling + "? Search:");
			}
		}
		QueryNode unquoted = QueryWriter.withoutQuotes(parsed);
		suggest(suggestions, session, request, unquoted,
				"Drop the quotation marks, to find the words anywhere in a passage:");
		suggest(suggestions, session, request, QueryWriter.anyOf((unquoted != null) ? unquoted : parsed),
				"Look for any of the words rather than all of them:");
		return suggestions;
	}

	/**
	 * Other spellings of a word, within its edits: the register's first, then the
	 * corpus's, most frequent first.
	 */
	List<String> spellings(SearchSession session, Word word) {
		String wanted = TextTokens.folded(word.text());
		int edits = Fuzzy.maxEdits(word.text());
		Map<String, String> found = new LinkedHashMap<>();
		if (edits == 0 || wanted.isEmpty()) {
			return List.of();
		}
		for (RegisterEntry entry : this.register.register().entries()) {
			String nearest = null;
			int distance = edits + 1;
			for (String spelling : entry.spellings()) {
				String key = TextTokens.folded(spelling);
				if (!key.equals(wanted) && Spelling.near(wanted, key, edits)
						&& Spelling.distance(wanted, key) < distance) {
					nearest = spelling;
					distance = Spelling.distance(wanted, key);
				}
			}
			if (nearest != null) {
				found.putIfAbsent(TextTokens.folded(nearest), nearest);
			}
		}
		Fuzzy loose = new Fuzzy(word.text());
		Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
		List<String> texts = session.search(HitQueries.INDEXED)
			.select((f) -> f.field(HitFields.TEXT, String.class))
			.where((f) -> QueryPredicates.of(f, loose))
			.fetchHits(PASSAGES_READ);
		for (String text : texts) {
			for (Range range : this.locator.locate(loose, text)) {
				String written = withoutPossessive(text.substring(range.start(), range.end()));
				String key = TextTokens.folded(written);
				if (!key.equals(wanted) && Spelling.near(wanted, key, edits)) {
					forms.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).merge(written, 1, Integer::sum);
				}
			}
		}
		forms.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())))
			.forEach((e) -> found.putIfAbsent(e.getKey(),
					e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
		return found.values().stream().limit(SPELLINGS).toList();
	}

	private static int total(Map<String, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static String withoutPossessive(String word) {
		return word.replaceFirst("['’]s$", "");
	}

	/** The words of a query that must or may match (not those left out). */
	private static Set<Word> words(QueryNode node) {
		Set<Word> words = new LinkedHashSet<>();
		if (node instanceof Word word) {
			words.add(word);
		}
		else if (node instanceof All all) {
			all.parts().forEach((p) -> words.addAll(words(p)));
		}
		else if (node instanceof Any any) {
			any.parts().forEach((p) -> words.addAll(words(p)));
		}
		return words;
	}

	private void suggest(List<Suggestion> suggestions, SearchSession session, SearchRequest request,
			QueryNode rewritten, String advice) {
		if (rewritten == null) {
			return;
		}
		long count = count(session, rewritten, request);
		if (count > 0) {
			String q = QueryWriter.write(rewritten);
			if (suggestions.stream().noneMatch((s) -> q.equals(s.query()))) {
				suggestions.add(new Suggestion(advice, q, request.withQuery(q).url(), count));
			}
		}
	}

	private long count(SearchSession session, QueryNode query, SearchRequest request) {
		QueryNode prepared = this.queries.prepare(query, request.asWritten());
		return session.search(HitQueries.INDEXED)
			.where((f) -> this.queries.filtered(f, prepared, request.filters()))
			.fetchTotalHitCount();
	}

}
