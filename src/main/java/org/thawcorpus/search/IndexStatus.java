package org.thawcorpus.search;

import java.util.Locale;

/**
 * How complete the search index is, as search pages and the API report it.
 *
 * @param phase what the index is doing
 * @param indexed entries (passages and citations) written by the rebuild under way or
 * last run
 * @param expected entries the database held when that rebuild started
 */
public record IndexStatus(Phase phase, long indexed, long expected) {

	/** Whether searches see the whole corpus. */
	public boolean complete() {
		return this.phase == Phase.COMPLETE;
	}

	/**
	 * The sentence that tells a reader why results may be missing, or {@code null} when
	 * the index is complete.
	 */
	public String notice() {
		return switch (this.phase) {
			case COMPLETE -> null;
			case CHECKING -> "The search index is being checked against the corpus, which the application does"
					+ " when it starts; until that ends, results may be incomplete.";
			case REBUILDING -> "The search index is being rebuilt (" + number(Math.min(this.indexed, this.expected))
					+ " of " + number(this.expected) + " passages and citations so far); until that ends,"
					+ " results and totals are incomplete.";
			case FAILED -> "The last rebuild of the search index failed, so results miss part of the corpus."
					+ " Restarting the application rebuilds it; the log says what failed.";
		};
	}

	private static String number(long n) {
		return String.format(Locale.ENGLISH, "%,d", n);
	}

	/** What the index is doing. */
	public enum Phase {

		/** Not yet compared with the database (the application is starting). */
		CHECKING,

		/** Being rebuilt from the database. */
		REBUILDING,

		/** Holds what the database holds. */
		COMPLETE,

		/** A rebuild failed part way: it holds part of the corpus. */
		FAILED

	}

}
