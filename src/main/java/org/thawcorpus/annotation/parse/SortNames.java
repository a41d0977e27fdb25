package org.thawcorpus.annotation.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The names an index sorts by, when the register gives none: a person by surname (the
 * last word, with a particle such as "von" after the given names: "Khrushchev, Nikita",
 * "Geldern, von"), anything else by its name with a leading article moved to the end
 * ("Thaw, The"). Pure functions.
 */
final class SortNames {

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "di", "da", "du", "la", "le",
			"del", "della", "ten", "ter", "zu");

	private static final Set<String> ARTICLES = Set.of("the", "a", "an");

	private SortNames() {
	}

	/** The sort name of an entry. */
	static String of(String name, EntityType type) {
		String[] words = name.strip().split("\\s+");
		if (words.length < 2) {
			return name.strip();
		}
		if (type == EntityType.PERSON) {
			int surname = words.length - 1;
			while (surname > 0 && PARTICLES.contains(words[surname - 1])) {
				surname--;
			}
			String given = String.join(" ", Arrays.copyOfRange(words, 0, surname));
			String family = words[words.length - 1];
			String particles = String.join(" ", Arrays.copyOfRange(words, surname, words.length - 1));
			String after = String.join(" ", given, particles).strip();
			return after.isEmpty() ? family : family + ", " + after;
		}
		if (ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
			return String.join(" ", Arrays.copyOfRange(words, 1, words.length)) + ", " + words[0];
		}
		return name.strip();
	}

	/** The key a sort name sorts by: folded, without apostrophes. */
	static String key(String sortName) {
		return FoldedText.key(sortName.replaceAll("['’ʹʼ]", ""));
	}

}
