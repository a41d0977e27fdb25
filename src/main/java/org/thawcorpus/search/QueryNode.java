package org.thawcorpus.search;

import java.util.List;

/**
 * A query as the reader wrote it, parsed: words, phrases, prefixes and how they combine.
 */
sealed interface QueryNode {

	/** A word, which matches its stem ("revolutions" matches "revolution"). */
	record Word(String text) implements QueryNode {

	}

	/** Words in quotes, which match only in that order. */
	record Phrase(String text) implements QueryNode {

	}

	/** The start of a word, written with a final {@code *}. */
	record Prefix(String text) implements QueryNode {

	}

	/**
	 * A word written with a final {@code ~}, which matches spellings one or two letters
	 * off.
	 */
	record Fuzzy(String text) implements QueryNode {

	}

	/** Every part must match, except the negated ones, which must not. */
	record All(List<QueryNode> parts) implements QueryNode {

		public All {
			parts = List.copyOf(parts);
		}

	}

	/** At least one part must match. */
	record Any(List<QueryNode> parts) implements QueryNode {

		public Any {
			parts = List.copyOf(parts);
		}

	}

	/** The part must not match. */
	record Not(QueryNode part) implements QueryNode {

	}

}
