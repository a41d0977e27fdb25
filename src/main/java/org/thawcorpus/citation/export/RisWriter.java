package org.thawcorpus.citation.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.PersonName;

/**
 * Writes references in the RIS format: one record per reference from {@code TY} to
 * {@code ER}, lines ending in CR LF. Types: {@code BOOK}, {@code CHAP}, {@code JOUR},
 * {@code ENCYC}, {@code BLOG} (posts and comments), {@code ELEC} (web pages and reviews).
 * Authors are {@code AU}, editors {@code ED}, translators {@code A4} (the specification's
 * subsidiary author, "Translator" for books), the container {@code T2}, the year
 * {@code PY} and the full date {@code DA}, the ISBN {@code SN}, the access date
 * {@code Y2}. A book's {@code SP} is its number of pages, as the specification and Zotero
 * read it; the pages of a chapter or article are {@code SP} and {@code EP}; a page or
 * paragraph cited is said in a note ({@code N1}), never in a field of the work.
 */
public final class RisWriter {

	private static final String EOL = "\r\n";

	private static final Pattern RANGE = Pattern.compile("^\\s*(\\w+)\\s*[-\u2010-\u2015]+\\s*(\\w+)\\s*$");

	private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private RisWriter() {
	}

	public static String write(Reference reference) {
		return write(List.of(reference));
	}

	/** Writes the references in order, with {@code ID}s made unique. */
	public static String write(List<Reference> references) {
		List<String> keys = ReferenceKeys.of(references);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < references.size(); i++) {
			record(out, references.get(i), keys.get(i));
		}
		return out.toString();
	}

	private static void record(StringBuilder out, Reference r, String key) {
		tag(out, "TY", type(r.type()));
		tag(out, "ID", key);
		r.authors().forEach((n) -> tag(out, "AU", name(n)));
		r.editors().forEach((n) -> tag(out, "ED", name(n)));
		r.translators().forEach((n) -> tag(out, "A4", name(n)));
		tag(out, "TI", r.displayTitle());
		tag(out, "T2", r.containerTitle());
		tag(out, "PY", (r.year() != null) ? String.format("%04d", r.year()) : null);
		tag(out, "DA", (r.issued() != null && r.issued().month() != null) ? risDate(r.issued()) : null);
		tag(out, "PB", r.publisher());
		tag(out, "CY", r.place());
		if (r.type() == ReferenceType.BOOK) {
			tag(out, "SP", (r.numberOfPages() != null) ? r.numberOfPages().toString() : null);
		}
		else if (r.pages() != null && r.type().isPart()) {
			Matcher range = RANGE.matcher(r.pages());
			if (range.matches()) {
				tag(out, "SP", range.group(1));
				tag(out, "EP", range.group(2));
			}
			else {
				tag(out, "SP", r.pages());
			}
		}
		tag(out, "SN", r.isbn());
		tag(out, "UR", r.url());
		tag(out, "Y2", (r.accessed() != null) ? r.accessed().format(RIS_DATE) : null);
		tag(out, "N1", Notes.locator(r));
		tag(out, "N1", r.note());
		out.append("ER  - ").append(EOL);
	}

	private static String type(ReferenceType type) {
		return switch (type) {
			case BOOK -> "BOOK";
			case CHAPTER -> "CHAP";
			case ARTICLE -> "JOUR";
			case ENCYCLOPEDIA_ENTRY -> "ENCYC";
			case BLOG_POST, COMMENT -> "BLOG";
			case REVIEW, WEBPAGE -> "ELEC";
			case OTHER -> "GEN";
		};
	}

	/** "2018/07/29/" or "2018/07//": year, month and day, as far as known. */
	private static String risDate(PartialDate date) {
		return String.format("%04d/%s/%s/", date.year(),
				(date.month() != null) ? String.format("%02d", date.month()) : "",
				(date.day() != null) ? String.format("%02d", date.day()) : "");
	}

	private static String name(PersonName name) {
		return (name.family() != null) ? name.display() : name.literal();
	}

	private static void tag(StringBuilder out, String tag, String value) {
		if (value != null && !value.isBlank()) {
			out.append(tag).append("  - ").append(value.replaceAll("\\s*[\r\n]+\\s*", " ").strip()).append(EOL);
		}
	}

}
