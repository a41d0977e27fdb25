package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.AnnotationRegister;
import org.thawcorpus.annotation.parse.EntityMention;
import org.thawcorpus.search.MatchRanges.Range;

/**
 * Where a text names what a query names under another spelling: a search for Kruschev
 * matches a passage through the names field, and this finds "Khrushchev" in it to
 * highlight, inside a longer name too ("the Khrushchev thaw").
 */
@Component
class NameMatches {

	private final AnnotationRegister register;

	NameMatches(AnnotationRegister register) {
		this.register = register;
	}

	/** The ids of the register entries the query's widened words name. */
	static Set<String> entriesNamed(QueryNode query) {
		Set<String> entries = new LinkedHashSet<>();
		collect(query, entries);
		return entries;
	}

	/** The mentions in {@code text} of the register entries with those ids. */
	List<Range> in(String text, Set<String> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		List<Range> ranges = new ArrayList<>();
		for (EntityMention mention : this.register.recognizer().findWithInnerNames(text)) {
			if (entries.contains(mention.entry().id())) {
				ranges.add(new Range(mention.start(), mention.end()));
			}
		}
		return ranges;
	}

	private static void collect(QueryNode node, Set<String> entries) {
		if (node instanceof QueryNode.Widened widened) {
			entries.addAll(widened.entries());
		}
		else if (node instanceof QueryNode.All all) {
			all.parts().forEach((p) -> collect(p, entries));
		}
		else if (node instanceof QueryNode.Any any) {
			any.parts().forEach((p) -> collect(p, entries));
		}
	}

}
