package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thawcorpus.annotation.AnnotationRegister;
import org.thawcorpus.annotation.parse.RegisterEntry;
import org.thawcorpus.search.QueryNode.All;
import org.thawcorpus.search.QueryNode.Any;
import org.thawcorpus.search.QueryNode.Not;
import org.thawcorpus.search.QueryNode.Widened;
import org.thawcorpus.search.QueryNode.Word;

/**
 * Widens the words of a query that are spellings the register knows to the name under
 * every spelling: a word ("Kruschev"), or words in a row ("secret speech", "Nikita
 * Khrushchev"). Only outside quotes: a phrase in quotes matches its words as written.
 */
@Component
class QueryWidening {

	private final AnnotationRegister register;

	QueryWidening(AnnotationRegister register) {
		this.register = register;
	}

	/** The query with the register's spellings widened; the query itself if none is. */
	QueryNode widen(QueryNode node) {
		if (node instanceof Word word) {
			return widened(List.of(word), word);
		}
		if (node instanceof Not not) {
			return new Not(widen(not.part()));
		}
		if (node instanceof Any any) {
			return new Any(any.parts().stream().map(this::widen).toList());
		}
		if (node instanceof All all) {
			return new All(runs(all.parts()));
		}
		return node;
	}

	/** The parts, each longest run of words that is a spelling widened as one. */
	private List<QueryNode> runs(List<QueryNode> parts) {
		List<QueryNode> out = new ArrayList<>();
		int i = 0;
		while (i < parts.size()) {
			QueryNode run = null;
			int end = i + 1;
			for (int j = parts.size(); j >= i + 2 && run == null; j--) {
				List<QueryNode> candidate = parts.subList(i, j);
				if (candidate.stream().allMatch(Word.class::isInstance)) {
					List<Word> words = candidate.stream().map(Word.class::cast).toList();
					QueryNode widened = widened(words, new All(candidate));
					if (widened instanceof Widened) {
						run = widened;
						end = j;
					}
				}
			}
			out.add((run != null) ? run : widen(parts.get(i)));
			i = end;
		}
		return out;
	}

	private QueryNode widened(List<Word> words, QueryNode part) {
		String name = String.join(" ", words.stream().map(Word::text).toList());
		List<RegisterEntry> entries = this.register.entriesNamed(name);
		if (entries.isEmpty()) {
			return part;
		}
		return new Widened(part, name, entries.stream().map(RegisterEntry::id).toList());
	}

}
