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
	 * A word written with a final {@code ~}, which matches spellings a few letters off:
	 * none for words of up to four letters, one for up to eight, two for longer ones.
	 */
	record Fuzzy(String text) implements QueryNode {

		/** The edits allowed for a word of this length. */
		static int maxEdits(String word) {
			int letters = word.codePointCount(0, word.length());
			return (letters <= 4) ? 0 : (letters <= 8) ? 1 : 2;
		}

		int maxEdits() {
			return maxEdits(this.text);
		}

	}

	/**
	 * Words outside quotes that are a spelling the register knows, widened to the name
	 * under every spelling of its entries: "Kruschev" also finds "Khrushchev", "Hruščev".
	 *
	 * @param part the words as typed (a word, or several in a row)
	 * @param name the spelling they make, words joined by spaces
	 * @param entries the ids of the register's entries with that spelling
	 */
	record Widened(QueryNode part, String name, List<String> entries) implements QueryNode {

		public Widened {
			entries = List.copyOf(entries);
		}

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
