package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How strongly a source shows one kind's markers, and the evidence: each marker found
 * adds points and a phrase ("a star histogram", "3 headings with edit links").
 *
 * @param kind the kind scored
 * @param points the points the markers make
 * @param evidence a phrase per marker found, in the order the kind checks them
 */
public record Score(DocumentKind kind, int points, List<String> evidence) {

	public Score {
		evidence = List.copyOf(evidence);
	}

	/** No marker of the kind. */
	public static Score none(DocumentKind kind) {
		return new Score(kind, 0, List.of());
	}

	/** Starts a score of the kind, to which markers are added. */
	public static Builder of(DocumentKind kind) {
		return new Builder(kind);
	}

	/** The evidence and the kind, for a reason a reader understands. */
	public String describe() {
		return join(this.evidence) + " (" + this.kind.label().toLowerCase(Locale.ROOT) + ")";
	}

	/** "a heading" for one, "3 headings" for more. */
	public static String times(int count, String one, String many) {
		return (count == 1) ? "a " + one : count + " " + many;
	}

	/** "a", "a and b", "a, b and c". */
	static String join(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** Adds markers one at a time. */
	public static final class Builder {

		private final DocumentKind kind;

		private final List<String> evidence = new ArrayList<>();

		private int points;

		private Builder(DocumentKind kind) {
			this.kind = kind;
		}

		/** Adds a marker when it was found. */
		public Builder add(boolean found, int points, String evidence) {
			if (found) {
				this.points += points;
				this.evidence.add(evidence);
			}
			return this;
		}

		public Score build() {
			return new Score(this.kind, this.points, this.evidence);
		}

	}

}
