package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.thawcorpus.annotation.parse.EntityMention;
import org.thawcorpus.search.MatchRanges.Range;

/**
 * Where a text mentions the register's entries, inner names included, as the index was
 * given them: so that a widened name is highlighted where the index matched it without
 * recognising the text again for each hit shown. Kept in one stored field, a mention a
 * line: "start end entry-id".
 *
 * @param stored the mentions as the index stores them, or null if the text mentions none
 */
record NamePlaces(String stored) {

	/** No place known: the text is to be read again to find its names. */
	static final NamePlaces UNKNOWN = new NamePlaces(null);

	/** The places of the mentions, as stored; null if there are none. */
	static String store(List<EntityMention> mentions) {
		if (mentions.isEmpty()) {
			return null;
		}
		StringBuilder stored = new StringBuilder(mentions.size() * 32);
		for (EntityMention mention : mentions) {
			if (!stored.isEmpty()) {
				stored.append('\n');
			}
			stored.append(mention.start()).append(' ').append(mention.end()).append(' ').append(mention.entry().id());
		}
		return stored.toString();
	}

	/** The places of a text read from the index: none if the field is empty. */
	static NamePlaces read(String stored) {
		return new NamePlaces((stored != null) ? stored : "");
	}

	/** Whether the places are known, from the index. */
	boolean known() {
		return this.stored != null;
	}

	/** The mentions of the entries with those ids, in stored order. */
	List<Range> of(Set<String> entries) {
		List<Range> ranges = new ArrayList<>();
		if (this.stored == null || this.stored.isEmpty()) {
			return ranges;
		}
		for (String line : this.stored.split("\n")) {
			int first = line.indexOf(' ');
			int second = line.indexOf(' ', first + 1);
			if (entries.contains(line.substring(second + 1))) {
				ranges.add(
						new Range(Integer.parseInt(line, 0, first, 10), Integer.parseInt(line, first + 1, second, 10)));
			}
		}
		return ranges;
	}

}
