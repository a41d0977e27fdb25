package org.thawcorpus.citation.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thawcorpus.bibliography.PersonName;

/**
 * Citation keys for a list of references, unique within the list and made of the
 * references' own facts, so that the same list always gets the same keys: the first
 * author's family name, the year and the first word of the title in ASCII
 * ("nahaylo1990soviet"), or without an author the first words of the title
 * ("khrushchevthaw"); a passage's anchor after a hyphen ("khrushchevthaw-p5"); "a", "b",
 * ... appended to every key that would otherwise be shared. A reference's own key is
 * taken as the base instead.
 */
public final class ReferenceKeys {

	private static final Set<String> ARTICLES = Set.of("the", "a", "an", "der", "die", "das", "le", "la", "les", "of",
			"on", "and", "in");

	private static final int AUTHOR_MAX = 24;

	private static final int TITLE_WORDS_WITHOUT_AUTHOR = 3;

	private ReferenceKeys() {
	}

	/** The keys of the references, in order, each unique in the list. */
	public static List<String> of(List<Reference> references) {
		List<String> bases = references.stream().map(ReferenceKeys::base).toList();
		Map<String, Integer> counts = new HashMap<>();
		bases.forEach((b) -> counts.merge(b, 1, Integer::sum));
		Set<String> taken = new HashSet<>(bases);
		Map<String, Integer> seen = new HashMap<>();
		List<String> keys = new ArrayList<>();
		for (String base : bases) {
			if (counts.get(base) == 1) {
				keys.add(base);
				continue;
			}
			String key;
			do {
				key = base + suffix(seen.merge(base, 1, Integer::sum));
			}
			while (taken.contains(key));
			taken.add(key);
			keys.add(key);
		}
		return keys;
	}

	/** The key of one reference exported alone. */
	public static String of(Reference reference) {
		return base(reference);
	}

	private static String base(Reference reference) {
		String anchor = (reference.locator() != null && reference.locator().anchor() != null)
				? "-" + reference.locator().anchor().replaceAll("[^A-Za-z0-9-]", "") : "";
		if (reference.key() != null) {
			return reference.key() + anchor;
		}
		List<PersonName> names = !reference.authors().isEmpty() ? reference.authors() : reference.editors();
		String author = names.isEmpty() ? "" : author(names.get(0));
		String year = (reference.year() != null) ? reference.year().toString() : "";
		String title = (reference.title() != null) ? reference.title()
				: (reference.type() == ReferenceType.REVIEW) ? "review" : "";
		String words = words(title, author.isEmpty() ? TITLE_WORDS_WITHOUT_AUTHOR : 1);
		String base = author + year + words;
		return (base.isEmpty() ? "ref" : base) + anchor;
	}

	private static String author(PersonName name) {
		String ascii = ascii((name.family() != null) ? name.family() : name.literal());
		return (ascii.length() > AUTHOR_MAX) ? ascii.substring(0, AUTHOR_MAX) : ascii;
	}

	/** The first {@code count} words of a title that are not articles or particles. */
	private static String words(String title, int count) {
		StringBuilder words = new StringBuilder();
		int taken = 0;
		for (String w : title.split("[\\s\\p{Pd}/]+")) {
			String candidate = ascii(w);
			if (!candidate.isEmpty() && !ARTICLES.contains(candidate)) {
				words.append(candidate);
				if (++taken == count) {
					break;
				}
			}
		}
		return words.toString();
	}

	/** Lower-case ASCII letters and digits only: accents dropped, other scripts lost. */
	private static String ascii(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static String suffix(int n) {
		StringBuilder letters = new StringBuilder();
		int k = n;
		while (k > 0) {
			k--;
			letters.insert(0, (char) ('a' + k % 26));
			k /= 26;
		}
		return letters.toString();
	}

}
