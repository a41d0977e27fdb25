package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.citation.export.PartialDate;

/**
 * A metadata file beside a source ({@code post.txt.meta} beside {@code post.txt}): what a
 * researcher knows of the source that its copy does not state, one {@code field: value} a
 * line, UTF-8. Fields: {@code title}, {@code author} (one line per author, "Family,
 * Given" or a name to keep whole), {@code site} (the encyclopedia, blog or site),
 * {@code publisher}, {@code url} (of the original page), {@code published} (a year, month
 * or day: 2015, 2015-03, 2015-03-24), {@code accessed} (the day the copy was made). Blank
 * lines and lines starting with {@code #} are skipped. A line that cannot be read is left
 * out with a sentence saying why; the others count.
 *
 * @param fileName the file's name
 * @param title the title, or null
 * @param authors the authors, in order
 * @param site the site, or null
 * @param publisher the publisher, or null
 * @param url the address of the original, or null
 * @param published when the source was published, or null
 * @param accessed the day the copy was made, or null
 * @param problems what could not be read, each with its line (null for the whole file)
 */
public record MetadataFile(String fileName, String title, List<String> authors, String site, String publisher,
		String url, PartialDate published, LocalDate accessed, List<Problem> problems) {

	/** The largest metadata file read. */
	public static final int MAX_BYTES = 64 * 1024;

	private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z_-]*)\\s*:\\s*(.*)");

	private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");

	private static final Map<String, Integer> MAX_LENGTH = Map.of("title", 1000, "author", 500, "site", 500,
			"publisher", 500, "url", 2000);

	private static final String FIELDS = "title, author, site, publisher, url, published, accessed";

	public MetadataFile {
		authors = List.copyOf(authors);
		problems = List.copyOf(problems);
	}

	/** Whether the file supplies anything. */
	public boolean isEmpty() {
		return this.title == null && this.authors.isEmpty() && this.site == null && this.publisher == null
				&& this.url == null && this.published == null && this.accessed == null;
	}

	/** Reads a metadata file; a file that cannot be read is a problem, not an error. */
	public static MetadataFile read(Path file) {
		String name = String.valueOf(file.getFileName());
		try {
			if (Files.size(file) > MAX_BYTES) {
				return unread(name, "is over " + (MAX_BYTES / 1024) + " kB");
			}
			byte[] bytes = Files.readAllBytes(file);
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return parse(name, text);
		}
		catch (CharacterCodingException ex) {
			return unread(name, "is not UTF-8 text");
		}
		catch (IOException ex) {
			return unread(name,
					(ex instanceof AccessDeniedException) ? "cannot be read (permission denied)" : "cannot be read");
		}
	}

	private static MetadataFile unread(String name, String why) {
		return new MetadataFile(name, null, List.of(), null, null, null, null, null,
				List.of(new Problem(null, "The metadata file \u201C" + name + "\u201D " + why + "; it was not read.")));
	}

	/** Reads the text of a metadata file. */
	public static MetadataFile parse(String fileName, String text) {
		Reading reading = new Reading(fileName);
		String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			reading.line(i + 1, lines[i].strip());
		}
		return reading.result();
	}

	/**
	 * Something of a metadata file that could not be read.
	 *
	 * @param line the line, or null for the whole file
	 * @param message what is wrong and what was done, in sentences
	 */
	public record Problem(Integer line, String message) {

	}

	/** One pass over a file. */
	private static final class Reading {

		private final String fileName;

		private final Map<String, String> values = new HashMap<>();

		private final Map<String, Integer> lineOf = new HashMap<>();

		private final List<String> authors = new ArrayList<>();

		private PartialDate published;

		private LocalDate accessed;

		private final List<Problem> problems = new ArrayList<>();

		Reading(String fileName) {
			this.fileName = fileName;
		}

		void line(int n, String line) {
			if (line.isEmpty() || line.startsWith("#")) {
				return;
			}
			Matcher m = LINE.matcher(line);
			if (!m.matches()) {
				problem(n, "is no \u201Cfield: value\u201D line");
				return;
			}
			String field = m.group(1).toLowerCase(Locale.ROOT);
			String value = m.group(2).strip();
			if (value.isEmpty()) {
				problem(n, "gives no value for \u201C" + field + "\u201D");
				return;
			}
			Integer max = MAX_LENGTH.get(field);
			if (max != null && value.length() > max) {
				problem(n, "gives a " + field + " over " + max + " characters long");
				return;
			}
			switch (field) {
				case "author" -> this.authors.add(value);
				case "title", "site", "publisher" -> once(n, field, value);
				case "url" -> {
					if (URL.matcher(value).matches()) {
						once(n, field, value);
					}
					else {
						problem(n, "gives a url that does not start with http:// or https://");
					}
				}
				case "published" -> {
					PartialDate date = PartialDate.parse(value);
					if (date == null) {
						problem(n, "gives \u201C" + value
								+ "\u201D as published, which is no year, month or day written as 2015, 2015-03 or 2015-03-24");
					}
					else if (once(n, field, value)) {
						this.published = date;
					}
				}
				case "accessed" -> {
					LocalDate day = day(value);
					if (day == null) {
						problem(n,
								"gives \u201C" + value + "\u201D as accessed, which is no day written as 2015-03-24");
					}
					else if (once(n, field, value)) {
						this.accessed = day;
					}
				}
				default ->
					problem(n, "names \u201C" + field + "\u201D, which is not a field (the fields are " + FIELDS + ")");
			}
		}

		/** Keeps the first value of a field given once; reports any later one. */
		private boolean once(int n, String field, String value) {
			Integer first = this.lineOf.get(field);
			if (first != null) {
				this.problems.add(new Problem(n, "Line " + n + " of the metadata file \u201C" + this.fileName
						+ "\u201D gives the " + field + " a second time; the first, on line " + first + ", is kept."));
				return false;
			}
			this.lineOf.put(field, n);
			this.values.put(field, value);
			return true;
		}

		private void problem(int n, String what) {
			this.problems.add(new Problem(n, "Line " + n + " of the metadata file \u201C" + this.fileName + "\u201D "
					+ what + "; the line was left out."));
		}

		private static LocalDate day(String value) {
			PartialDate date = PartialDate.parse(value);
			if (date == null || date.day() == null) {
				return null;
			}
			try {
				return LocalDate.of(date.year(), date.month(), date.day());
			}
			catch (DateTimeException ex) {
				return null;
			}
		}

		MetadataFile result() {
			return new MetadataFile(this.fileName, this.values.get("title"), this.authors, this.values.get("site"),
					this.values.get("publisher"), this.values.get("url"), this.published, this.accessed, this.problems);
		}

	}

}
