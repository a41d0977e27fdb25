package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where a text's matches are from the highlighter's fragments: each fragment is a
 * stretch of the text with its matches between two private-use marker characters.
 */
final class MatchRanges {

	/** Put before a match by the highlighter. */
	static final String OPEN = "\uE000";

	/** Put after a match by the highlighter. */
	static final String CLOSE = "\uE001";

	private MatchRanges() {
	}

	/** A match: offsets of its first character and just after its last, in the text. */
	public record Range(int start, int end) {

	}

	/**
	 * The matches in the text, in order, merged where they touch or overlap. Fragments
	 * that cannot be found in the text are skipped.
	 */
	static List<Range> locate(String text, List<String> fragments) {
		List<Range> ranges = new ArrayList<>();
		int from = 0;
		for (String fragment : fragments) {
			String plain = fragment.replace(OPEN, "").replace(CLOSE, "");
			int at = text.indexOf(plain, from);
			if (at < 0) {
				at = text.indexOf(plain);
			}
			if (at < 0 || plain.isEmpty()) {
				continue;
			}
			int offset = at;
			int start = -1;
			for (int i = 0; i < fragment.length(); i++) {
				char c = fragment.charAt(i);
				if (c == OPEN.charAt(0)) {
					start = offset;
				}
				else if (c == CLOSE.charAt(0)) {
					if (start >= 0 && offset > start) {
						ranges.add(new Range(start, offset));
					}
					start = -1;
				}
				else {
					offset++;
				}
			}
			from = at + plain.length();
		}
		return merged(ranges);
	}

	static List<Range> merged(List<Range> ranges) {
		List<Range> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparingInt(Range::start));
		List<Range> merged = new ArrayList<>();
		for (Range range : sorted) {
			Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range.start() <= last.end()) {
				merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
			}
			else {
				merged.add(range);
			}
		}
		return merged;
	}

}
