package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.thawcorpus.search.QueryNode.All;
import org.thawcorpus.search.QueryNode.Any;
import org.thawcorpus.search.QueryNode.Fuzzy;
import org.thawcorpus.search.QueryNode.Not;
import org.thawcorpus.search.QueryNode.Phrase;
import org.thawcorpus.search.QueryNode.Prefix;
import org.thawcorpus.search.QueryNode.Word;

/**
 * Writes parsed queries back as text, and rewrites them into the looser queries suggested
 * after no result.
 */
final class QueryWriter {

	private QueryWriter() {
	}

	/** The query as a reader would type it; parsing it gives the same query back. */
	static String write(QueryNode node) {
		if (node instanceof Word word) {
			return word.text();
		}
		if (node instanceof Phrase phrase) {
			return "\"" + phrase.text() + "\"";
		}
		if (node instanceof Prefix prefix) {
			return prefix.text() + "*";
		}
		if (node instanceof Fuzzy fuzzy) {
			return fuzzy.text() + "~";
		}
		if (node instanceof Not not) {
			return "NOT " + grouped(not.part());
		}
		if (node instanceof QueryNode.Widened widened) {
			return write(widened.part());
		}
		if (node instanceof Any any) {
			return String.join(" OR ", any.parts().stream().map(QueryWriter::grouped).toList());
		}
		return String.join(" ", ((All) node).parts().stream().map(QueryWriter::grouped).toList());
	}

	private static String grouped(QueryNode node) {
		return (node instanceof All || node instanceof Any) ? "(" + write(node) + ")" : write(node);
	}

	/** The query with its phrases split into words, or null if it has none. */
	static QueryNode withoutQuotes(QueryNode node) {
		QueryNode rewritten = map(node, (n) -> (n instanceof Phrase phrase) ? new All(
				List.of(phrase.text().split("\\s+")).stream().map(Word::new).map(QueryNode.class::cast).toList()) : n);
		return rewritten.equals(node) ? null : flattened(rewritten);
	}

	/** The query with a word replaced by another spelling. */
	static QueryNode replaced(QueryNode node, Word word, String spelling) {
		return map(node, (n) -> n.equals(word) ? new Word(spelling) : n);
	}

	/**
	 * Any of the query's words instead of all of them (lower-case "and" and "or"
	 * dropped), or null unless the query is two or more words or phrases.
	 */
	static QueryNode anyOf(QueryNode node) {
		if (!(node instanceof All all) || all.parts().stream().anyMatch((p) -> p instanceof Not)) {
			return null;
		}
		List<QueryNode> parts = new ArrayList<>();
		for (QueryNode part : all.parts()) {
			boolean connective = part instanceof Word word
					&& List.of("and", "or").contains(word.text().toLowerCase(Locale.ROOT));
			if (!connective) {
				parts.add(part);
			}
		}
		return (parts.size() >= 2) ? new Any(parts) : null;
	}

	/**
	 * The query with groups of required parts inside groups of required parts spliced in.
	 */
	static QueryNode flattened(QueryNode node) {
		if (node instanceof All all) {
			List<QueryNode> parts = new ArrayList<>();
			for (QueryNode part : all.parts()) {
				QueryNode flat = flattened(part);
				if (flat instanceof All inner) {
					parts.addAll(inner.parts());
				}
				else {
					parts.add(flat);
				}
			}
			return new All(parts);
		}
		if (node instanceof Any any) {
			return new Any(any.parts().stream().map(QueryWriter::flattened).toList());
		}
		return node;
	}

	private static QueryNode map(QueryNode node, UnaryOperator<QueryNode> leaf) {
		if (node instanceof Not not) {
			return new Not(not.part());
		}
		if (node instanceof All all) {
			return new All(all.parts().stream().map((p) -> map(p, leaf)).toList());
		}
		if (node instanceof Any any) {
			return new Any(any.parts().stream().map((p) -> map(p, leaf)).toList());
		}
		return leaf.apply(node);
	}

}
