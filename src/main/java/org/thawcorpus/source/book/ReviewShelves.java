package org.thawcorpus.source.book;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The line of the reader's own shelves that a review ends with, as a copy prints them:
 * the names in lower case, joined by hyphens within a name and spaced between them ("2024
 * horror short-stories").
 */
final class ReviewShelves {

	/** Shelves' names: letters of any script, digits, hyphens, underscores. */
	private static final Pattern NAMES = Pattern.compile("[\\p{L}\\p{N}_-]+(?: [\\p{L}\\p{N}_-]+){0,19}");

	private static final Pattern UPPER_CASE = Pattern.compile(".*\\p{Lu}.*");

	private static final Pattern LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");

	/**
	 * English words that make a line of lower-case words a sentence ("still just as
	 * good"), never a list of shelves.
	 */
	private static final Set<String> GRAMMAR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "so", "as", "at",
			"by", "for", "from", "in", "into", "of", "on", "to", "with", "is", "are", "was", "were", "be", "been", "am",
			"i", "me", "my", "you", "your", "he", "his", "she", "her", "it", "its", "we", "our", "they", "their",
			"them", "this", "that", "these", "those", "not", "no", "just", "really", "very", "too", "what", "how",
			"why", "when", "if", "then", "than", "do", "did", "does", "have", "has", "had", "will", "would", "can",
			"could", "should", "there", "here", "who", "which", "about", "still", "yet", "all", "more", "less");

	private ReviewShelves() {
	}

	/**
	 * The shelves the whole line names, in order; null if it is not a list of shelves.
	 */
	static List<String> read(String trimmed) {
		if (!NAMES.matcher(trimmed).matches() || UPPER_CASE.matcher(trimmed).matches()) {
			return null;
		}
		List<String> names = List.of(trimmed.split(" "));
		for (String name : names) {
			if (!LETTER_OR_DIGIT.matcher(name).matches() || GRAMMAR_WORDS.contains(name)) {
				return null;
			}
		}
		return names;
	}

}
