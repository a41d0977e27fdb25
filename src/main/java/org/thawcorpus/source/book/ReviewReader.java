package org.thawcorpus.source.book;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;

/**
 * Reads the reviews of a book page: a header, then each non-blank body line as a
 * paragraph, up to the next review's header, a "Displaying ..." line or furniture that
 * follows the list.
 */
final class ReviewReader {

	private static final Pattern SPOILER_NOTICE = Pattern
		.compile("(?i)this entire review has been hidden because of spoilers\\.?");

	/**
	 * The likes and comments printed under a review: "12 likes", "1 like · 3 comments".
	 */
	private static final Pattern LIKES = Pattern
		.compile("(?i)(?:(" + BookCounts.COUNT + ") +likes?)?(?: *[·•|,]? *(" + BookCounts.COUNT + ") +comments?)?");

	/** The furniture under a review, after its shelves: the toggles and the buttons. */
	private static final Set<String> FOOT = Set.of("...more", "…more", "... more", "Like", "Comment");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	private final ReviewHeaderReader headers;

	/** Whether this copy lacks "Profile Image for" lines, so names stand alone. */
	private final boolean bareNames;

	private final List<ParsedReview> reviews = new ArrayList<>();

	ReviewReader(SourceLines lines, LineLedger ledger, List<SourceNote> notes) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
		this.headers = new ReviewHeaderReader(lines, ledger, notes);
		boolean prefixed = false;
		int previous = -1;
		for (int n = lines.nextNonBlank(1); n > 0 && !prefixed; n = lines.nextNonBlank(n + 1)) {
			// The author's portrait under "About the author" is no reviewer.
			boolean portrait = previous > 0 && BookAuthorReader.isHeading(lines.trimmed(previous));
			prefixed = ReviewHeaderReader.hasProfilePrefix(lines.trimmed(n)) && !portrait;
			previous = n;
		}
		this.bareNames = !prefixed;
	}

	/** The likes and comments a line under a review prints, or null if it is none. */
	static Integer[] likes(String trimmed) {
		Matcher m = LIKES.matcher(trimmed);
		if (trimmed.isEmpty() || !m.matches()) {
			return null;
		}
		return new Integer[] { BookCounts.count(m.group(1)), BookCounts.count(m.group(2)) };
	}

	/**
	 * Whether a review's header starts at the line: a "Profile Image for" line, or, where
	 * {@code nameAllowed} and the copy has no such lines, a name line followed by header
	 * fields.
	 */
	boolean startsReview(int n, boolean nameAllowed) {
		String text = this.lines.trimmed(n);
		if (ReviewHeaderReader.hasProfilePrefix(text)) {
			return true;
		}
		return nameAllowed && this.bareNames && ReviewHeaderReader.couldBeName(text) && this.headers.fieldsFollow(n)
				&& BookPageReader.displaying(text) == null;
	}

	/**
	 * Reads the review whose header is at {@code first}.
	 * @return the first non-blank line after the review, or -1 at the end of the source
	 */
	int read(int first) {
		String anchor = "r" + (this.reviews.size() + 1);
		ReviewHeaderReader.ReviewHeader header = this.headers.read(first, anchor);
		List<ParsedPassage> paragraphs = new ArrayList<>();
		boolean spoiler = false;
		Integer likes = null;
		Integer comments = null;
		Set<String> shelves = new LinkedHashSet<>();
		int last = header.lastLine;
		int n = this.lines.nextNonBlank(last + 1);
		while (n > 0 && !endsBody(n)) {
			String text = this.lines.trimmed(n);
			String furniture = BookFurniture.name(text);
			Integer[] counts = likes(text);
			if (counts != null && (counts[0] == null || likes == null) && (counts[1] == null || comments == null)) {
				likes = (counts[0] != null) ? counts[0] : likes;
				comments = (counts[1] != null) ? counts[1] : comments;
				String label = (counts[0] == null) ? "comments" : ((counts[1] == null) ? "likes" : "likes; comments");
				this.ledger.assign(n, LineRole.REVIEW, label, anchor);
				last = n;
			}
			else if (SPOILER_NOTICE.matcher(text).matches()) {
				spoiler = true;
				this.ledger.assign(n, LineRole.REVIEW, "spoiler notice", anchor);
				this.notes.add(new SourceNote(n, NoteKind.SPOILER_HIDDEN,
						"The page hid review " + anchor + " by " + header.reviewer + " because of spoilers."));
				last = n;
			}
			else if (furniture != null) {
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
			}
			else if (shelves.isEmpty() && (spoiler || !paragraphs.isEmpty()) && isShelvesLine(n)) {
				shelves.addAll(ReviewShelves.read(text));
				this.ledger.assign(n, LineRole.REVIEW, "shelves", anchor);
				last = n;
			}
			else {
				String paragraph = anchor + "-" + (paragraphs.size() + 1);
				String original = this.lines.line(n);
				paragraphs.add(new ParsedPassage(paragraph, original, n, n, CitationFinder.scan(original).citations()));
				this.ledger.assign(n, LineRole.REVIEW, null, paragraph);
				last = n;
			}
			n = this.lines.nextNonBlank(n + 1);
		}
		ReviewerStats stats = header.stats;
		this.reviews.add(new ParsedReview(anchor, header.reviewer, stats.author(), stats.books(), stats.reviews(),
				stats.followers(), header.date, header.rating, ReviewCardReader.shelf(header.shelf, shelves), spoiler,
				first, last, paragraphs, likes, comments));
		return n;
	}

	/**
	 * Whether the line lists the reader's shelves: shaped as a list of shelves, and the
	 * last line of the review before its foot (likes, toggles, buttons) or its end.
	 */
	private boolean isShelvesLine(int n) {
		if (ReviewShelves.read(this.lines.trimmed(n)) == null) {
			return false;
		}
		int next = this.lines.nextNonBlank(n + 1);
		if (next < 0 || endsBody(next)) {
			return true;
		}
		String text = this.lines.trimmed(next);
		String furniture = BookFurniture.name(text);
		return likes(text) != null || (furniture != null && FOOT.contains(furniture));
	}

	private boolean endsBody(int n) {
		String text = this.lines.trimmed(n);
		String furniture = BookFurniture.name(text);
		return (furniture != null && BookFurniture.TRAILING.contains(furniture))
				|| BookPageReader.displaying(text) != null || startsReview(n, true);
	}

	List<ParsedReview> reviews() {
		return List.copyOf(this.reviews);
	}

}
