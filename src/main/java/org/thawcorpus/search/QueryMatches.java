package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.thawcorpus.markup.Mark;
import org.thawcorpus.markup.PassageMarks;

/**
 * Where a query matches in one document, for the reading view and the review list: how
 * many passages match, and the highlight marks of the passages a page shows, looked up
 * for those passages only.
 */
public final class QueryMatches {

	/** No query, or one that cannot be read: nothing highlighted. */
	public static final QueryMatches NONE = new QueryMatches(0, (ids) -> Map.of());

	private final long passages;

	private final Function<Collection<Long>, Map<Long, List<Mark>>> highlights;

	/**
	 * Matches in a document.
	 * @param passages how many passages match
	 * @param highlights the highlight marks of some passages, by passage id
	 */
	QueryMatches(long passages, Function<Collection<Long>, Map<Long, List<Mark>>> highlights) {
		this.passages = passages;
		this.highlights = highlights;
	}

	/** How many passages of the document match. */
	public long passages() {
		return this.passages;
	}

	/**
	 * The highlight marks of some passages, by id; a passage without matches is missing.
	 */
	public Map<Long, List<Mark>> in(Collection<Long> passageIds) {
		if (this.passages == 0 || passageIds.isEmpty()) {
			return Map.of();
		}
		return this.highlights.apply(passageIds);
	}

	/** Other marks of passages (such as annotations) with these highlights added. */
	public PassageMarks plus(PassageMarks others) {
		if (this.passages == 0) {
			return others;
		}
		return (documentId, passageIds) -> {
			Map<Long, List<Mark>> marks = new HashMap<>(others.find(documentId, passageIds));
			in(passageIds).forEach((id, highlights) -> {
				List<Mark> all = new ArrayList<>(marks.getOrDefault(id, List.of()));
				all.addAll(highlights);
				marks.put(id, all);
			});
			return marks;
		};
	}

}
