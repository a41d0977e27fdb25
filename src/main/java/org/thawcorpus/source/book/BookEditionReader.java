package org.thawcorpus.source.book;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.Isbn;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;

/**
 * Reads an edition's labelled details, a label and its value on one line ("ISBN:
 * 9780300227871", "Language: English") or the label on a line of its own and the value on
 * the next ("Published" then "March 3, 1998 by Harvill Press"): ISBN, ASIN, language,
 * publisher, series, format and publication date. A label whose value does not read as
 * that field's is left alone. Labels no field holds ("Setting", "Characters") are skipped
 * with their value, so that neither is taken for description; they stay unaccounted.
 */
final class BookEditionReader {

	private static final Pattern LABEL = Pattern.compile("(?i)(isbn(?:-?1[03])?|asin|(?:edition +)?language|publisher"
			+ "|series|format|(first +)?published)(?: *:)?");

	/** A label and its value on one line: after a colon, or after a space for codes. */
	private static final Pattern LABEL_AND_VALUE = Pattern
		.compile("(?i)(isbn(?:-?1[03])?|asin|(?:edition +)?language|publisher|series|format|(first +)?published)"
				+ "(?: *: *| +(?=[0-9B]))(\\S.*)");

	private static final String ISBN_TEXT = "[0-9][0-9Xx -]{8,15}[0-9Xx]";

	/** "9780300227871", "0300227876 (ISBN13: 9780300227871)". */
	private static final Pattern ISBN = Pattern
		.compile("(?i)(" + ISBN_TEXT + ")(?: *\\( *isbn-?1[03] *:? *(" + ISBN_TEXT + ") *\\))?");

	private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");

	private static final Pattern LANGUAGE = Pattern.compile("\\p{Lu}\\p{L}+(?:[ -]\\p{L}+){0,2}");

	/** A publisher's or series' name: short, and not a sentence. */
	private static final Pattern NAME = Pattern.compile("\\S.{0,150}");

	private static final Pattern SENTENCE = Pattern.compile(".*\\s\\p{Ll}+\\s\\p{Ll}+\\s\\p{Ll}+\\s.*[.!?]");

	/**
	 * Labels of details no field holds ("Setting", "Characters"): the label and its value
	 * are skipped, not read as description, and stay unaccounted.
	 */
	private static final Pattern UNREAD = Pattern
		.compile("(?i)(?:original +title|setting|characters|literary +awards)(?: *:.*)?");

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	private final BookDetailsReader details;

	String isbn;

	String asin;

	String language;

	String publisher;

	String series;

	BookEditionReader(SourceLines lines, LineLedger ledger, List<SourceNote> notes, BookDetailsReader details) {
		this.lines = lines;
		this.ledger = ledger;
		this.notes = notes;
		this.details = details;
	}

	/**
	 * Reads the labelled detail at the line, recording the uses of its lines.
	 * @return the last line read, or -1 if no labelled detail starts at the line
	 */
	int read(int n) {
		String text = this.lines.trimmed(n);
		Matcher one = LABEL_AND_VALUE.matcher(text);
		if (one.matches()) {
			String field = value(n, one.start(3), key(one.group(1)), one.group(2) != null);
			if (field != null) {
				this.ledger.assign(n, LineRole.METADATA, field, null);
				return n;
			}
		}
		Matcher label = LABEL.matcher(text);
		int next = this.lines.nextNonBlank(n + 1);
		if (UNREAD.matcher(text).matches()) {
			boolean valueFollows = !text.contains(":") && next > 0 && !this.ledger.isAssigned(next);
			return valueFollows ? next : n;
		}
		if (!label.matches() || next < 0 || this.ledger.isAssigned(next)) {
			return -1;
		}
		String key = key(label.group(1));
		String field = value(next, 0, key, label.group(2) != null);
		if (field == null) {
			return -1;
		}
		this.ledger.assign(n, LineRole.METADATA, name(key) + " label", null);
		this.ledger.assign(next, LineRole.METADATA, field, null);
		return next;
	}

	/** The field a label names, as line labels give it ("ISBN", "first published"). */
	private static String name(String key) {
		if (key.startsWith("isbn") || key.equals("asin")) {
			return key.startsWith("isbn") ? "ISBN" : "ASIN";
		}
		return key.endsWith("language") ? "language" : key;
	}

	/** The label's field name, lower case, one space. */
	private static String key(String label) {
		return label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

	/**
	 * Reads the value of a field at offset {@code from} of line {@code n}'s trimmed text.
	 * @return the field's name for the line's label, or null if the value is not one
	 */
	private String value(int n, int from, String key, boolean first) {
		String text = this.lines.trimmed(n).substring(from);
		if (key.startsWith("isbn")) {
			return readIsbn(n, from) ? "ISBN" : null;
		}
		if (key.equals("asin")) {
			if (!ASIN.matcher(text).matches()) {
				return null;
			}
			this.asin = first(this.asin, BookText.original(this.lines, n, from, from + text.length()));
			return "ASIN";
		}
		if (key.endsWith("language")) {
			if (!LANGUAGE.matcher(text).matches()) {
				return null;
			}
			this.language = first(this.language, original(n, from));
			return "language";
		}
		if (key.equals("publisher") || key.equals("series")) {
			if (!NAME.matcher(text).matches() || SENTENCE.matcher(text).matches()) {
				return null;
			}
			if (key.equals("publisher")) {
				this.publisher = first(this.publisher, original(n, from));
			}
			else {
				this.series = first(this.series, original(n, from));
			}
			return key;
		}
		boolean published = key.endsWith("published");
		return this.details.readValue(n, from, published, first);
	}

	private boolean readIsbn(int n, int from) {
		String text = this.lines.trimmed(n).substring(from);
		Matcher m = ISBN.matcher(text);
		if (!m.matches()) {
			return false;
		}
		String printed = BookText.original(this.lines, n, from + m.start(1), from + m.end(1));
		String other = (m.group(2) != null) ? BookText.original(this.lines, n, from + m.start(2), from + m.end(2))
				: null;
		Isbn check = Isbn.check(printed);
		Isbn otherCheck = (other != null) ? Isbn.check(other) : null;
		note(n, printed, check);
		note(n, other, otherCheck);
		boolean preferOther = other != null && digits(other) == 13 && digits(printed) != 13;
		this.isbn = first(this.isbn, preferOther ? other : printed);
		return true;
	}

	private void note(int n, String printed, Isbn check) {
		if (check != null && !check.valid()) {
			this.notes.add(new SourceNote(n, NoteKind.CITATION_UNCERTAIN,
					"The edition's ISBN \"" + printed + "\" is not valid: " + check.problem() + "."));
		}
	}

	private static int digits(String isbn) {
		return isbn.replaceAll("[^0-9Xx]", "").length();
	}

	private String original(int n, int from) {
		return BookText.original(this.lines, n, from, this.lines.trimmed(n).length());
	}

	private static <T> T first(T current, T candidate) {
		return (current != null) ? current : candidate;
	}

}
