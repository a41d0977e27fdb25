package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.thawcorpus.markup.Mark;
import org.thawcorpus.markup.PassageMarks;

/**
 * Where a query matches in one document: highlight marks by passage id, for the reading
 * view and the review list.
 *
 * @param byPassage the marks of each passage that matches
 */
public record QueryMatches(Map<Long, List<Mark>> byPassage) {

	/** No query, or one that cannot be read: nothing highlighted. */
	public static final QueryMatches NONE = new QueryMatches(Map.of());

	public QueryMatches {
		byPassage = Map.copyOf(byPassage);
	}

	/** How many passages match. */
	public int passages() {
		return this.byPassage.size();
	}

	/** Other marks of passages (such as annotations) with these highlights added. */
	public PassageMarks plus(PassageMarks others) {
		if (this.byPassage.isEmpty()) {
			return others;
		}
		return (documentId, passageIds) -> {
			Map<Long, List<Mark>> marks = new HashMap<>(others.find(documentId, passageIds));
			for (Long id : (Collection<Long>) passageIds) {
				List<Mark> highlights = this.byPassage.get(id);
				if (highlights != null) {
					List<Mark> all = new ArrayList<>(marks.getOrDefault(id, List.of()));
					all.addAll(highlights);
					marks.put(id, all);
				}
			}
			return marks;
		};
	}

}
