package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Values;
import org.thawcorpus.text.TextFolding;

/**
 * Reads a review's header: the reviewer line, then stats, shelf, rating and date lines in
 * any order, ending at the date or at the first line that is none of these.
 */
final class ReviewHeaderReader {

	private static final Pattern PROFILE = Pattern.compile("(?i)profile image for +(.+)");

	/**
	 * The shelf a review's book is on: the three the site gives every reader, or one of
	 * the reader's own, "Shelved as 'abandoned'".
	 */
	private static final Pattern SHELF = Pattern
		.compile("(?i)read|currently[ -]reading|want[ -]to[ -]read|shelved as +['‘’\"“”]?\\S.{0,60}");

	private static final Pattern RATING = Pattern.compile("(?i)rating +([1-5]) +out +of +5");

	/**
	 * The titles pages give the stars, as shown when the star image is copied as text.
	 */
	private static final Map<String, Integer> STAR_TITLES = Map.of("it was amazing", 5, "really liked it", 4,
			"liked it", 3, "it was ok", 2, "did not like it", 1);

	/** Anything shaped like a printed date, readable or not ("Febuary 3, 2019"). */
	private static final Pattern DATE_SHAPE = Pattern
		.compile("(?i)[a-z]{3,10}\\.? +\\d{1,2}, *\\d{4}|\\d{1,2} +[a-z]{3,10}\\.? +\\d{4}|\\d{4}-\\d{2}-\\d{2}");

	/**
	 * The longest name taken: sites let readers add a note to their names ("Adina
	 * (notifications back, log out, clear cache)").
	 */
	private static final int NAME_MAX_LENGTH = 100;

	private static final int NAME_MAX_WORDS = 20;

	/** A name shows a letter, a digit or a symbol such as an emoji. */
	private static final Pattern VISIBLE = Pattern.compile(".*[\\p{L}\\p{N}\\p{S}].*");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	ReviewHeaderReader(SourceLines lines, LineLedger ledger, List<SourceNote> notes) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
	}

	static boolean hasProfilePrefix(String trimmed) {
		return PROFILE.matcher(trimmed).matches();
	}

	static boolean isShelf(String trimmed) {
		return SHELF.matcher(trimmed).matches();
	}

	/** The stars a rating line shows, or null if the line is not a rating. */
	static Integer rating(String trimmed) {
		Matcher m = RATING.matcher(trimmed);
		if (m.matches()) {
			return Integer.valueOf(m.group(1));
		}
		return STAR_TITLES.get(TextFolding.matchKey(trimmed));
	}

	static boolean looksLikeDate(String trimmed) {
		return DATE_SHAPE.matcher(trimmed).matches();
	}

	/**
	 * Whether the line could be a reviewer's name standing alone: not long, with a
	 * letter, digit or symbol (names are written in any script, and with emoji), not
	 * introducing what follows (":"), and not itself a header field, furniture, a ratings
	 * summary or a likes line. Only the header fields that follow make it a name.
	 */
	static boolean couldBeName(String trimmed) {
		return trimmed.length() <= NAME_MAX_LENGTH && trimmed.split(" +").length <= NAME_MAX_WORDS
				&& VISIBLE.matcher(trimmed).matches() && !trimmed.endsWith(":") && ReviewerStats.read(trimmed) == null
				&& !isShelf(trimmed) && rating(trimmed) == null && !looksLikeDate(trimmed)
				&& BookFurniture.name(trimmed) == null && !RatingsSummaryReader.isSummary(trimmed)
				&& ReviewReader.likes(trimmed) == null && !Values.isCount(trimmed);
	}

	/**
	 * Whether the lines after a name line are review header fields that include a stats
	 * line or a readable date: what makes a name line without a profile prefix a header.
	 * The name printed again, "Follow" buttons, a shelf and a rating may come between.
	 */
	boolean fieldsFollow(int nameLine) {
		String name = TextFolding.matchKey(this.lines.trimmed(nameLine));
		int n = this.lines.nextNonBlank(nameLine + 1);
		while (n > 0) {
			String text = this.lines.trimmed(n);
			if (ReviewerStats.read(text) != null || Values.date(text) != null) {
				return true;
			}
			if (!isShelf(text) && rating(text) == null && !"Follow".equals(BookFurniture.name(text))
					&& !TextFolding.matchKey(text).equals(name)) {
				return false;
			}
			n = this.lines.nextNonBlank(n + 1);
		}
		return false;
	}

	/** Reads the header starting at the reviewer line, recording each line's use. */
	ReviewHeader read(int first, String anchor) {
		String reviewer = reviewer(first);
		this.ledger.assign(first, LineRole.REVIEW, "reviewer", anchor);
		ReviewHeader header = new ReviewHeader(reviewer, first);
		int n = this.lines.nextNonBlank(first + 1);
		while (n > 0 && !header.dated) {
			String text = this.lines.trimmed(n);
			ReviewerStats stats = ReviewerStats.read(text);
			Integer stars = rating(text);
			String field;
			String furniture = BookFurniture.name(text);
			if (header.lastLine == first && TextFolding.matchKey(text).equals(TextFolding.matchKey(reviewer))) {
				// The name printed again under the reviewer's portrait.
				field = "reviewer name";
			}
			else if ("Follow".equals(furniture)) {
				this.ledger.assign(n, LineRole.FURNITURE, furniture, null);
				header.lastLine = n;
				n = this.lines.nextNonBlank(n + 1);
				continue;
			}
			else if (stats != null && header.stats.plus(stats) != null) {
				header.stats = header.stats.plus(stats);
				field = "reviewer stats";
			}
			else if (header.shelf == null && isShelf(text)) {
				header.shelf = BookText.original(this.lines, n);
				field = "shelf";
			}
			else if (stars != null && (header.rating == null || header.rating.equals(stars))) {
				header.rating = stars;
				field = "rating";
			}
			else if (looksLikeDate(text)) {
				header.date = date(n, anchor);
				header.dated = true;
				field = "date";
			}
			else {
				break;
			}
			this.ledger.assign(n, LineRole.REVIEW, field, anchor);
			header.lastLine = n;
			n = this.lines.nextNonBlank(n + 1);
		}
		return header;
	}

	private String reviewer(int n) {
		Matcher m = PROFILE.matcher(this.lines.trimmed(n));
		if (!m.matches()) {
			return BookText.original(this.lines, n);
		}
		String name = BookText.original(this.lines, n, m.start(1), m.end(1));
		return (name.length() > 1 && name.endsWith(".")) ? name.substring(0, name.length() - 1) : name;
	}

	private LocalDate date(int n, String anchor) {
		LocalDate date = Values.date(this.lines.trimmed(n));
		if (date == null) {
			this.notes.add(new SourceNote(n, NoteKind.UNREADABLE_VALUE, "The date of review " + anchor + ", \""
					+ BookText.original(this.lines, n) + "\", could not be read as a calendar date."));
		}
		return date;
	}

	/** What a review's header showed; fields null where not shown. */
	static final class ReviewHeader {

		final String reviewer;

		ReviewerStats stats = ReviewerStats.NONE;

		String shelf;

		Integer rating;

		LocalDate date;

		boolean dated;

		int lastLine;

		ReviewHeader(String reviewer, int firstLine) {
			this.reviewer = reviewer;
			this.lastLine = firstLine;
		}

	}

}
