package org.thawcorpus.source.book;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.PrintedCount;

/**
 * The counts a page prints beside a reviewer's or an author's name, as printed ("15.2k"
 * followers), each null where not shown.
 *
 * @param author whether the line starts with "Author"
 * @param books books written
 * @param reviews reviews written
 * @param followers followers
 */
record ReviewerStats(boolean author, PrintedCount books, PrintedCount reviews, PrintedCount followers) {

	static final ReviewerStats NONE = new ReviewerStats(false, null, null, null);

	/** What may stand between two counts: nothing, a space, a dot or a bar. */
	private static final String SEPARATOR = "(?: *[·•|] *| *)";

	// Pages glue the counts together ("2,520 reviews705 followers"), so no separator is
	// required between them.
	private static final Pattern STATS = Pattern
		.compile("(?i)(author)?(?:" + SEPARATOR + "(" + BookCounts.COUNT + ") *books?)?(?:" + SEPARATOR + "("
				+ BookCounts.COUNT + ") *reviews?)?(?:" + SEPARATOR + "(" + BookCounts.COUNT + ") *followers?)?");

	/**
	 * Reads a stats line such as "Author 3 books27 followers", "90 reviews1 follower",
	 * "927 reviews15.2k followers", "1 234 reviews · 15,2 Tsd. followers" or "Author";
	 * null if the line is not one.
	 */
	static ReviewerStats read(String trimmed) {
		Matcher m = STATS.matcher(trimmed);
		if (trimmed.isEmpty() || !m.matches()) {
			return null;
		}
		return new ReviewerStats(m.group(1) != null, BookCounts.read(m.group(2)), BookCounts.read(m.group(3)),
				BookCounts.read(m.group(4)));
	}

	/**
	 * These stats with another line's added, or null if both lines show the same field.
	 */
	ReviewerStats plus(ReviewerStats other) {
		if ((this.author && other.author) || (this.books != null && other.books != null)
				|| (this.reviews != null && other.reviews != null)
				|| (this.followers != null && other.followers != null)) {
			return null;
		}
		return new ReviewerStats(this.author || other.author, (this.books != null) ? this.books : other.books,
				(this.reviews != null) ? this.reviews : other.reviews,
				(this.followers != null) ? this.followers : other.followers);
	}

}
