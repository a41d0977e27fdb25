package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.Values;
import org.thawcorpus.text.TextFolding;

/**
 * Reads the lines that describe the book as an object: page count and format, publication
 * date (alone or together on one line, "288 pages, Paperback · First published March 3,
 * 1998"), and how many readers are reading it or want to ("103k people are currently
 * reading").
 */
final class BookDetailsReader {

	private static final Pattern PAGES = Pattern.compile("(?i)(" + Values.COUNT + ") *pages?(?: *, *(.+))?");

	private static final Pattern FORMAT_THEN_PAGES = Pattern.compile("(?i)(.+?) *, *(" + Values.COUNT + ") *pages?");

	/**
	 * A format not in {@link #FORMATS}: one to four capitalised words, no punctuation.
	 */
	private static final Pattern FORMAT_SHAPE = Pattern.compile("[A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,3}");

	private static final Set<String> FORMATS = Set.of("hardcover", "paperback", "mass market paperback",
			"kindle edition", "ebook", "audiobook", "audio cd", "audible audio", "library binding", "board book",
			"leather bound", "spiral-bound");

	private static final Pattern PUBLISHED = Pattern
		.compile("(?i)(first +)?published +(?:in +)?(.+?)(?: +by +(\\S.*))?");

	/**
	 * A publication date printed under a "Published" label, perhaps with the publisher.
	 */
	private static final Pattern PUBLISHED_VALUE = Pattern.compile("(?i)(?:in +)?(.+?)(?: +by +(\\S.*))?");

	private static final int PUBLISHED_MAX_LENGTH = 40;

	/** A year alone, or a month and year: readable, but not a day. */
	private static final Pattern PARTIAL_DATE = Pattern.compile("(?i)(?:" + Values.MONTH + " +)?\\d{4}");

	private static final Pattern READING = Pattern
		.compile("(?i)(" + BookCounts.COUNT + ") +(?:people +are|person +is) +currently +reading");

	private static final Pattern WANT_TO_READ = Pattern
		.compile("(?i)(" + BookCounts.COUNT + ") +(?:people +want|person +wants) +to +read");

	/** What separates details printed on one line. */
	private static final Pattern SEPARATOR = Pattern.compile(" +[·•|-] +| *; *");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	Integer pages;

	String format;

	LocalDate published;

	String publishedText;

	boolean publishedIsFirst;

	String publisher;

	private boolean publisherIsFirst;

	PrintedCount currentlyReading;

	PrintedCount wantToRead;

	BookDetailsReader(SourceLines lines, LineLedger ledger, List<SourceNote> notes) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
	}

	/**
	 * Reads the line if it is a detail line, recording its use; a line of which any part
	 * is not a detail is left alone.
	 * @return whether the line was a detail line
	 */
	boolean read(int n) {
		String text = this.lines.trimmed(n);
		Matcher reading = READING.matcher(text);
		Matcher want = WANT_TO_READ.matcher(text);
		if (reading.matches()) {
			this.currentlyReading = first(this.currentlyReading, BookCounts.read(reading.group(1)));
			this.ledger.assign(n, LineRole.METADATA, "currently reading", null);
			return true;
		}
		if (want.matches()) {
			this.wantToRead = first(this.wantToRead, BookCounts.read(want.group(1)));
			this.ledger.assign(n, LineRole.METADATA, "want to read", null);
			return true;
		}
		List<Part> parts = new ArrayList<>();
		int start = 0;
		Matcher separator = SEPARATOR.matcher(text);
		while (start <= text.length()) {
			int end = separator.find(start) ? separator.start() : text.length();
			Part part = part(n, start, end);
			if (part == null) {
				return false;
			}
			parts.add(part);
			start = (end < text.length()) ? separator.end() : text.length() + 1;
		}
		List<String> labels = new ArrayList<>();
		for (Part part : parts) {
			labels.add(apply(n, part));
		}
		this.ledger.assign(n, LineRole.METADATA, String.join("; ", labels), null);
		return true;
	}

	/** One detail printed at offsets of the trimmed line, or null if it is none. */
	private Part part(int n, int start, int end) {
		String text = this.lines.trimmed(n).substring(start, end);
		Matcher pages = PAGES.matcher(text);
		if (pages.matches() && (pages.group(2) == null || isFormat(pages.group(2)))) {
			String format = (pages.group(2) != null) ? original(n, start, pages, 2) : null;
			return new Part(Values.count(pages.group(1)), format, null, false, null);
		}
		Matcher formatThenPages = FORMAT_THEN_PAGES.matcher(text);
		if (formatThenPages.matches() && isFormat(formatThenPages.group(1))) {
			return new Part(Values.count(formatThenPages.group(2)), original(n, start, formatThenPages, 1), null, false,
					null);
		}
		if (FORMATS.contains(TextFolding.matchKey(text))) {
			return new Part(null, BookText.original(this.lines, n, start, end), null, false, null);
		}
		Matcher published = PUBLISHED.matcher(text);
		if (published.matches() && isDateLike(published.group(2))) {
			String by = (published.group(3) != null) ? original(n, start, published, 3) : null;
			return new Part(null, null, original(n, start, published, 2), published.group(1) != null, by);
		}
		return null;
	}

	/**
	 * Reads a detail printed after its label, from offset {@code from} of the trimmed
	 * line: a format ("Format: 288 pages, Paperback") or, where {@code published}, a date
	 * with perhaps its publisher ("March 3, 1998 by Harvill Press"). Does not record the
	 * line's use.
	 * @param first whether the label was "First published"
	 * @return the detail's label, or null if the text is no such detail
	 */
	String readValue(int n, int from, boolean published, boolean first) {
		String text = this.lines.trimmed(n);
		String value = text.substring(from);
		Part part = null;
		if (published) {
			Matcher m = PUBLISHED_VALUE.matcher(value);
			if (m.matches() && isDateLike(m.group(1))) {
				String by = (m.group(2) != null) ? original(n, from, m, 2) : null;
				part = new Part(null, null, original(n, from, m, 1), first, by);
			}
		}
		else {
			part = part(n, from, text.length());
			if (part == null && FORMAT_SHAPE.matcher(value).matches()) {
				part = new Part(null, BookText.original(this.lines, n, from, text.length()), null, false, null);
			}
			part = (part != null && part.publishedText == null) ? part : null;
		}
		return (part != null) ? apply(n, part) : null;
	}

	private String original(int n, int offset, Matcher m, int group) {
		return BookText.original(this.lines, n, offset + m.start(group), offset + m.end(group));
	}

	/**
	 * Whether text after "Published" reads as a date, however unreadable: not a sentence.
	 */
	private static boolean isDateLike(String text) {
		return text.length() <= PUBLISHED_MAX_LENGTH && text.matches(".*\\d.*") && !text.matches(".*[.!?]");
	}

	private static boolean isFormat(String text) {
		return FORMATS.contains(TextFolding.matchKey(text)) || FORMAT_SHAPE.matcher(text).matches();
	}

	private String apply(int n, Part part) {
		if (part.publishedText != null) {
			// The edition's publisher wins over the first edition's.
			if (part.publisher != null && (this.publisher == null || (this.publisherIsFirst && !part.first))) {
				this.publisher = part.publisher;
				this.publisherIsFirst = part.first;
			}
			// A first-published date wins over an edition's; the later line is still
			// read.
			if (this.publishedText == null || (part.first && !this.publishedIsFirst)) {
				this.publishedText = part.publishedText;
				this.published = publishedDate(n, part.publishedText);
				this.publishedIsFirst = part.first;
			}
			return part.first ? "first published" : "published";
		}
		this.pages = first(this.pages, part.pages);
		this.format = first(this.format, part.format);
		if (part.pages == null) {
			return "format";
		}
		return (part.format != null) ? "page count and format" : "page count";
	}

	// A year alone ("1962") or a month and year is read as printed but gives no date,
	// and is no note: the page printed what it knew, and nothing was unreadable.
	private LocalDate publishedDate(int n, String text) {
		LocalDate date = Values.date(text);
		if (date == null && !PARTIAL_DATE.matcher(TextFolding.fold(text)).matches()) {
			this.notes.add(new SourceNote(n, NoteKind.UNREADABLE_VALUE,
					"The publication date \"" + text + "\" could not be read as a date or a year."));
		}
		return date;
	}

	private static <T> T first(T current, T candidate) {
		return (current != null) ? current : candidate;
	}

	private record Part(Integer pages, String format, String publishedText, boolean first, String publisher) {

	}

}
