package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.AnnotationRegister;
import org.thawcorpus.annotation.parse.EntityMention;
import org.thawcorpus.search.MatchRanges.Range;

/**
 * Where a text names what a query names under another spelling: a search for Kruschev
 * matches a passage through the names field, and this finds "Khrushchev" in it to
 * highlight.
 */
@Component
class NameMatches {

	private final AnnotationRegister register;

	NameMatches(AnnotationRegister register) {
		this.register = register;
	}

	/** The ids of the register entries the query's words and phrases name. */
	Set<String> entriesNamed(QueryNode query) {
		Set<String> entries = new HashSet<>();
		collect(query, entries);
		return entries;
	}

	/** The mentions in {@code text} of the register entries with those ids. */
	List<Range> in(String text, Set<String> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		List<Range> ranges = new ArrayList<>();
		for (EntityMention mention : this.register.recognizer().find(text)) {
			if (entries.contains(mention.entry().id())) {
				ranges.add(new Range(mention.start(), mention.end()));
			}
		}
		return ranges;
	}

	/**
	 * Both kinds of match, merged: the highlighted ranges and the mentions of the entries
	 * with those ids.
	 */
	List<Range> withHighlights(String text, Set<String> entries, List<Range> highlighted) {
		List<Range> names = in(text, entries);
		if (names.isEmpty()) {
			return highlighted;
		}
		List<Range> all = new ArrayList<>(highlighted);
		all.addAll(names);
		return MatchRanges.merged(all);
	}

	private void collect(QueryNode node, Set<String> entries) {
		if (node instanceof QueryNode.Word word) {
			named(word.text(), entries);
		}
		else if (node instanceof QueryNode.Phrase phrase) {
			named(phrase.text(), entries);
		}
		else if (node instanceof QueryNode.All all) {
			all.parts().forEach((p) -> collect(p, entries));
		}
		else if (node instanceof QueryNode.Any any) {
			any.parts().forEach((p) -> collect(p, entries));
		}
	}

	private void named(String text, Set<String> entries) {
		this.register.entriesNamed(text).forEach((e) -> entries.add(e.id()));
	}

}
