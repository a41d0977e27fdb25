package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thawcorpus.search.MatchRanges.Range;
import org.thawcorpus.search.QueryNode.All;
import org.thawcorpus.search.QueryNode.Any;
import org.thawcorpus.search.QueryNode.Fuzzy;
import org.thawcorpus.search.QueryNode.Phrase;
import org.thawcorpus.search.QueryNode.Prefix;
import org.thawcorpus.search.QueryNode.Widened;
import org.thawcorpus.search.QueryNode.Word;

/**
 * Finds where a query matches in a text, by the rules the index matches it with: a word
 * by its stem, words in a row, a phrase word for word as written (case and diacritics
 * folded), a prefix, a loose spelling within its edits, a widened name under any of its
 * register's spellings (inner names included). Negated parts are not shown. Each
 * occurrence is one range, in text order, overlapping ones merged.
 */
@Component
class QueryLocator {

	private final NameMatches names;

	QueryLocator(NameMatches names) {
		this.names = names;
	}

	/** The query's matches in a text, its names found by reading it. */
	List<Range> locate(QueryNode query, String text) {
		return locate(query, text, NamePlaces.UNKNOWN);
	}

	/**
	 * The query's matches in a text whose names' places the index gave, if known
	 * (otherwise found by reading it).
	 */
	List<Range> locate(QueryNode query, String text, NamePlaces places) {
		Context context = new Context(text, places);
		List<Range> ranges = new ArrayList<>();
		collect(query, context, ranges);
		return merged(ranges);
	}

	private void collect(QueryNode node, Context context, List<Range> ranges) {
		if (node instanceof Word word) {
			ranges.addAll(context.indexed().sequence(TextTokens.terms(TextTokens.QUERIED, word.text())));
		}
		else if (node instanceof Phrase phrase) {
			ranges.addAll(context.exact().sequence(TextTokens.terms(TextTokens.EXACT, phrase.text())));
		}
		else if (node instanceof Prefix prefix) {
			String start = TextTokens.normalize(TextTokens.INDEXED, prefix.text());
			for (TextTokens.Token token : context.indexed().words()) {
				if (token.terms().stream().anyMatch((t) -> t.startsWith(start))) {
					ranges.add(new Range(token.start(), token.end()));
				}
			}
		}
		else if (node instanceof Fuzzy fuzzy) {
			List<String> wanted = TextTokens.terms(TextTokens.QUERIED, fuzzy.text());
			int edits = fuzzy.maxEdits();
			for (TextTokens.Token token : context.indexed().words()) {
				if (token.terms()
					.stream()
					.anyMatch((t) -> wanted.stream().anyMatch((w) -> Spelling.near(w, t, edits)))) {
					ranges.add(new Range(token.start(), token.end()));
				}
			}
		}
		else if (node instanceof Widened widened) {
			collect(widened.part(), context, ranges);
			Set<String> entries = Set.copyOf(widened.entries());
			ranges.addAll(
					context.places().known() ? context.places().of(entries) : this.names.in(context.text(), entries));
		}
		else if (node instanceof All all) {
			all.parts().forEach((p) -> collect(p, context, ranges));
		}
		else if (node instanceof Any any) {
			any.parts().forEach((p) -> collect(p, context, ranges));
		}
	}

	/**
	 * Whether a text matches a query as the index would: every part of a group, any of an
	 * alternative, no negated part.
	 */
	boolean matches(QueryNode query, String text) {
		return matches(query, new Context(text, NamePlaces.UNKNOWN));
	}

	private boolean matches(QueryNode node, Context context) {
		if (node instanceof All all) {
			return all.parts().stream().allMatch((p) -> matches(p, context));
		}
		if (node instanceof Any any) {
			return any.parts().stream().anyMatch((p) -> matches(p, context));
		}
		if (node instanceof QueryNode.Not not) {
			return !matches(not.part(), context);
		}
		List<Range> ranges = new ArrayList<>();
		collect(node, context, ranges);
		return !ranges.isEmpty();
	}

	/**
	 * Ranges in order, those that overlap made one; ranges that only touch stay apart.
	 */
	static List<Range> merged(List<Range> ranges) {
		List<Range> sorted = new ArrayList<>(ranges);
		sorted.sort((a, b) -> (a.start() != b.start()) ? Integer.compare(a.start(), b.start())
				: Integer.compare(b.end(), a.end()));
		List<Range> merged = new ArrayList<>();
		for (Range range : sorted) {
			Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range.start() < last.end()) {
				merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
			}
			else {
				merged.add(range);
			}
		}
		return merged;
	}

	/** A text, cut into words once for each chain a query needs. */
	private static final class Context {

		private final String text;

		private final NamePlaces places;

		private TextTokens indexed;

		private TextTokens exact;

		Context(String text, NamePlaces places) {
			this.text = text;
			this.places = places;
		}

		String text() {
			return this.text;
		}

		NamePlaces places() {
			return this.places;
		}

		TextTokens indexed() {
			if (this.indexed == null) {
				this.indexed = TextTokens.of(TextTokens.INDEXED, this.text);
			}
			return this.indexed;
		}

		TextTokens exact() {
			if (this.exact == null) {
				this.exact = TextTokens.of(TextTokens.EXACT, this.text);
			}
			return this.exact;
		}

	}

}
