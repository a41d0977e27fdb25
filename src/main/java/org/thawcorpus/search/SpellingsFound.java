package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.AnnotationRegister;
import org.thawcorpus.annotation.parse.RegisterEntry;
import org.thawcorpus.search.QueryNode.Widened;

/**
 * Says what the register added to a search: for each widened word, the other spellings of
 * its entries found in the results, counted from the index's forms field (the spellings
 * the word matches as typed left out, as are case and diacritics).
 */
@Component
class SpellingsFound {

	/** Spellings listed for a word, most passages first. */
	static final int LISTED = 12;

	private final AnnotationRegister register;

	private final QueryLocator locator;

	SpellingsFound(AnnotationRegister register, QueryLocator locator) {
		this.register = register;
		this.locator = locator;
	}

	/**
	 * The widened words of a query with the other spellings found.
	 * @param forms passages per form found in the results ("nikita-khrushchev:Hruščev")
	 * @param asWrittenLink the search with its words as written
	 */
	List<AlsoFound> of(QueryNode query, Map<String, Long> forms, String asWrittenLink) {
		Map<String, Widened> widened = new LinkedHashMap<>();
		collect(query, widened);
		List<AlsoFound> found = new ArrayList<>();
		for (Widened word : widened.values()) {
			Map<String, Map<String, Long>> byKey = new LinkedHashMap<>();
			forms.forEach((form, count) -> {
				int colon = form.indexOf(RecognizedNames.FORM_SEPARATOR);
				String written = form.substring(colon + 1);
				if (colon > 0 && word.entries().contains(form.substring(0, colon))
						&& !this.locator.matches(word.part(), written)) {
					String key = TextTokens.folded(written);
					byKey.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).merge(written, count, Long::sum);
				}
			});
			if (byKey.isEmpty()) {
				continue;
			}
			List<AlsoFound.Form> spellings = new ArrayList<>();
			byKey.values().forEach((variants) -> {
				String shown = variants.entrySet()
					.stream()
					.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
					.orElseThrow()
					.getKey();
				spellings.add(new AlsoFound.Form(shown, variants.values().stream().mapToLong(Long::longValue).sum()));
			});
			spellings.sort((a, b) -> (a.passages() != b.passages()) ? Long.compare(b.passages(), a.passages())
					: a.text().compareTo(b.text()));
			List<String> names = word.entries()
				.stream()
				.map((id) -> this.register.register().entry(id).map(RegisterEntry::name).orElse(id))
				.toList();
			found.add(new AlsoFound(word.name(), names, spellings.subList(0, Math.min(LISTED, spellings.size())),
					asWrittenLink));
		}
		return found;
	}

	private static void collect(QueryNode node, Map<String, Widened> widened) {
		if (node instanceof Widened w) {
			widened.putIfAbsent(w.name().toLowerCase(Locale.ROOT), w);
		}
		else if (node instanceof QueryNode.All all) {
			all.parts().forEach((p) -> collect(p, widened));
		}
		else if (node instanceof QueryNode.Any any) {
			any.parts().forEach((p) -> collect(p, widened));
		}
	}

}
