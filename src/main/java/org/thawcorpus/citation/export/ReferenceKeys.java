package org.thawcorpus.citation.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thawcorpus.bibliography.PersonName;

/**
 * Citation keys for a list of references: the reference's own key when it has one,
 * otherwise first family name, year and first title word in ASCII ("nahaylo1990soviet"),
 * with "a", "b", ... appended where derived keys would clash. The same list always gets
 * the same keys.
 */
final class ReferenceKeys {

	private static final Set<String> ARTICLES = Set.of("the", "a", "an", "der", "die", "das", "le", "la", "les");

	private ReferenceKeys() {
	}

	static List<String> of(List<Reference> references) {
		List<String> bases = references.stream().map(ReferenceKeys::base).toList();
		Map<String, Integer> counts = new HashMap<>();
		bases.forEach((b) -> counts.merge(b, 1, Integer::sum));
		Map<String, Integer> seen = new HashMap<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			String base = bases.get(i);
			if (references.get(i).key() != null || counts.get(base) == 1) {
				keys.add(base);
			}
			else {
				int n = seen.merge(base, 1, Integer::sum);
				keys.add(base + suffix(n));
			}
		}
		return keys;
	}

	static String of(Reference reference) {
		return base(reference);
	}

	private static String base(Reference reference) {
		if (reference.key() != null) {
			return reference.key();
		}
		List<PersonName> names = !reference.authors().isEmpty() ? reference.authors() : reference.editors();
		String family = names.isEmpty() ? ""
				: ascii((names.get(0).family() != null) ? names.get(0).family() : names.get(0).literal());
		String year = (reference.year() != null) ? reference.year().toString() : "";
		String word = "";
		if (reference.title() != null) {
			for (String w : reference.title().split("\\s+")) {
				String candidate = ascii(w);
				if (!candidate.isEmpty() && !ARTICLES.contains(candidate)) {
					word = candidate;
					break;
				}
			}
		}
		return (family.isEmpty() ? "ref" : family) + year + word;
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
