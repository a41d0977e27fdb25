package org.thawcorpus.source.book;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.SourceLines;

/**
 * Reads a book page's genres: a "Genres" label, then the genre names on the same line
 * ("Genres: History, Russia"), on the next line ("History Russia Nonfiction Politics") or
 * one per line, often ending with "...more".
 * <p>
 * Where the copy separates the names (commas, bullets, one per line) each is one genre;
 * where it only spaced them, a name of two words cannot be told from two names, so the
 * run is kept as printed, as one entry.
 */
final class BookGenresReader {

	private static final Pattern LABEL = Pattern.compile("(?i)genres?\\s*:?");

	/**
	 * The label with genres after it on the same line, spaced, after a colon or glued.
	 */
	private static final Pattern LABELLED = Pattern.compile("(?i)genres?(?:\\s*:\\s*|\\s+|(?=\\p{Lu}))(\\S.*)");

	private static final String WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,2}(?:st|nd|rd|th)|&|and|of|the|in|for)";

	/** Genre names separated by spaces or by separators, perhaps ending in "...more". */
	private static final Pattern RUN = Pattern
		.compile(WORD + "(?:(?:\\s*[,·•|;/]\\s*|\\s+)" + WORD + ")*(?<more>\\s*(?:\\.\\.\\.|…)\\s*more)?");

	private static final Pattern SEPARATOR = Pattern.compile("\\s*[,·•|;/]\\s*");

	/**
	 * The empty place between two names glued together: a capital after a small letter.
	 */
	private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

	/** Places of glue that show a run of names glued together. */
	private static final int GLUED_MIN = 2;

	private static final Pattern MORE = Pattern.compile("(?i)(?:\\.\\.\\.|…)\\s*more|show\\s+more");

	private static final int RUN_MAX_LENGTH = 300;

	/** One genre per line has at most this many words. */
	private static final int LINE_MAX_WORDS = 4;

	private static final int MAX_LINES = 20;

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<String> genres = new ArrayList<>();

	BookGenresReader(SourceLines lines, LineLedger ledger) {
		this.lines = lines;
		this.ledger = ledger;
	}

	static boolean isLabel(String trimmed) {
		return LABEL.matcher(trimmed).matches();
	}

	/**
	 * Reads the genres whose label is at the line, recording the lines' uses.
	 * @return the last line read, or -1 if no genres label starts at the line
	 */
	int read(int n) {
		String text = this.lines.trimmed(n);
		Matcher labelled = LABELLED.matcher(text);
		if (!isLabel(text)) {
			if (!labelled.matches() || !isRun(labelled.group(1))) {
				return -1;
			}
			char before = text.charAt(labelled.start(1) - 1);
			add(n, labelled.start(1), !Character.isWhitespace(before) && before != ':');
			this.ledger.assign(n, LineRole.METADATA, "genres", null);
			return readMore(n);
		}
		int next = this.lines.nextNonBlank(n + 1);
		if (next < 0 || !isRun(this.lines.trimmed(next))) {
			return -1;
		}
		this.ledger.assign(n, LineRole.METADATA, "genres label", null);
		int last = n;
		int read = 0;
		while (next > 0 && read < MAX_LINES && isRun(this.lines.trimmed(next))
				&& (read == 0 || words(this.lines.trimmed(next)) <= LINE_MAX_WORDS)) {
			add(next, 0, false);
			this.ledger.assign(next, LineRole.METADATA, "genres", null);
			last = next;
			read++;
			if (endsInMore(this.lines.trimmed(next))) {
				return last;
			}
			next = this.lines.nextNonBlank(next + 1);
		}
		return readMore(last);
	}

	/** Takes a "...more" line after the genres as furniture. */
	private int readMore(int last) {
		int next = this.lines.nextNonBlank(last + 1);
		if (next > 0 && MORE.matcher(this.lines.trimmed(next)).matches()) {
			this.ledger.assign(next, LineRole.FURNITURE, "...more", null);
			return next;
		}
		return last;
	}

	private static boolean isRun(String text) {
		return text.length() <= RUN_MAX_LENGTH && RUN.matcher(text).matches() && !MORE.matcher(text).matches();
	}

	private static boolean endsInMore(String run) {
		Matcher m = RUN.matcher(run);
		return m.matches() && m.group("more") != null;
	}

	private static int words(String text) {
		return text.split("\\s+").length;
	}

	/**
	 * Adds the genres printed on the line from {@code from} of its trimmed text.
	 * @param gluedToLabel whether the names follow the label without a space, as a copy
	 * prints links it glued together; then names glued to each other are parted where a
	 * capital follows a small letter ("Young AdultFiction")
	 */
	private void add(int n, int from, boolean gluedToLabel) {
		String trimmed = this.lines.trimmed(n);
		Matcher run = RUN.matcher(trimmed.substring(from));
		run.matches();
		int end = from + ((run.group("more") != null) ? run.start("more") : run.end());
		Matcher separator = SEPARATOR.matcher(trimmed);
		separator.region(from, end);
		boolean glued = !separator.find() && (gluedToLabel || gluedNames(trimmed, from, end));
		Matcher parts = (glued ? GLUED : SEPARATOR).matcher(trimmed);
		parts.region(from, end);
		int start = from;
		while (parts.find()) {
			addOne(n, start, parts.start());
			start = parts.end();
		}
		addOne(n, start, end);
	}

	/**
	 * Whether a run parts names only where one is glued to the next: at least
	 * {@value #GLUED_MIN} times a capital after a small letter, which a single name
	 * ("LitRPG") does not show.
	 */
	private static boolean gluedNames(String trimmed, int from, int end) {
		Matcher glued = GLUED.matcher(trimmed);
		glued.region(from, end);
		int count = 0;
		while (glued.find()) {
			count++;
		}
		return count >= GLUED_MIN;
	}

	private void addOne(int n, int start, int end) {
		if (end > start) {
			this.genres.add(BookText.original(this.lines, n, start, end));
		}
	}

	List<String> genres() {
		return List.copyOf(this.genres);
	}

}
