package org.thawcorpus.citation.export;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

/**
 * Reads exports with the parsers reference managers use (jbibtex, citeproc-java's RIS and
 * CSL-JSON readers) and files each value where Zotero's importers file it, by the rules
 * of its translators (zotero/translators BibTeX.js and RIS.js, and the CSL mappings of
 * zotero/zotero-schema, as of 2026): which item type each entry type becomes, and which
 * field a value lands in. The rules that matter here: a BibTeX {@code pages} of a
 * {@code @book} (or thesis, manuscript) and a RIS {@code SP} of a {@code BOOK} (or
 * thesis, manuscript) become the number of pages; BibTeX's {@code date} is taken before
 * {@code year}; RIS {@code DA} before {@code PY}; CSL {@code page} is the pages and
 * {@code number-of-pages} the number of pages; an unknown CSL type becomes a document.
 */
public final class ZoteroImport {

	private static final Map<String, String> BIBTEX_TYPES = Map.ofEntries(Map.entry("book", "book"),
			Map.entry("inbook", "bookSection"), Map.entry("incollection", "bookSection"),
			Map.entry("article", "journalArticle"), Map.entry("misc", "document"), Map.entry("online", "webpage"),
			Map.entry("electronic", "webpage"), Map.entry("inreference", "encyclopediaArticle"),
			Map.entry("booklet", "book"), Map.entry("phdthesis", "thesis"), Map.entry("unpublished", "manuscript"));

	private static final Map<String, String> RIS_TYPES = Map.ofEntries(Map.entry("BOOK", "book"),
			Map.entry("CHAP", "bookSection"), Map.entry("JOUR", "journalArticle"),
			Map.entry("ENCYC", "encyclopediaArticle"), Map.entry("BLOG", "blogPost"), Map.entry("ELEC", "webpage"),
			Map.entry("GEN", "journalArticle"), Map.entry("THES", "thesis"), Map.entry("ICOMM", "email"));

	private static final Map<String, String> CSL_TYPES = Map.ofEntries(Map.entry("book", "book"),
			Map.entry("chapter", "bookSection"), Map.entry("article-journal", "journalArticle"),
			Map.entry("entry-encyclopedia", "encyclopediaArticle"), Map.entry("post-weblog", "blogPost"),
			Map.entry("post", "forumPost"), Map.entry("webpage", "webpage"), Map.entry("document", "document"));

	/** The types whose pages Zotero files as their number of pages. */
	private static final Set<String> PAGES_ARE_COUNT = Set.of("book", "thesis", "manuscript");

	private ZoteroImport() {
	}

	/**
	 * An entry as Zotero would store it.
	 *
	 * @param key the citation key or id
	 * @param itemType Zotero's item type
	 * @param title the title
	 * @param creators the creators as "Family|Given" or a literal name
	 * @param date the date, ISO 8601 as far as given
	 * @param pages the pages (of a part within a whole)
	 * @param numPages the number of pages
	 * @param container the encyclopedia, blog, site, book or periodical
	 * @param url the address
	 * @param accessDate the day accessed
	 * @param notes the notes (BibTeX {@code note}, RIS {@code N1}, CSL {@code note} as
	 * Extra)
	 * @param locator a CSL item's locator, for CSL-JSON only
	 */
	public record Item(String key, String itemType, String title, List<String> creators, String date, String pages,
			String numPages, String container, String url, String accessDate, List<String> notes, String locator) {

	}

	/**
	 * The entries of a BibTeX file.
	 * @return the entries in the order of the file, duplicates included
	 */
	public static List<Item> bibtex(String bibtex) throws Exception {
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		List<Item> items = new ArrayList<>();
		for (BibTeXObject object : database.getObjects()) {
			if (object instanceof BibTeXEntry entry) {
				items.add(item(entry));
			}
		}
		return items;
	}

	private static Item item(BibTeXEntry entry) throws Exception {
		String type = BIBTEX_TYPES.getOrDefault(entry.getType().getValue().toLowerCase(), "(discarded)");
		String pages = (raw(entry, "pages") != null) ? raw(entry, "pages").replace("--", "-") : null;
		boolean count = PAGES_ARE_COUNT.contains(type);
		String date = (text(entry, "date") != null) ? text(entry, "date") : text(entry, "year");
		String container = first(text(entry, "booktitle"), text(entry, "journal"), text(entry, "journaltitle"));
		List<String> creators = new ArrayList<>();
		for (String field : List.of("author", "editor", "translator")) {
			Value names = entry.getField(new Key(field));
			if (names != null) {
				creators.addAll(Arrays.asList(names.toUserString().split(" and ")));
			}
		}
		String note = text(entry, "note");
		return new Item(entry.getKey().getValue(), type, text(entry, "title"), creators, date, count ? null : pages,
				count ? first(pages, text(entry, "pagetotal")) : text(entry, "pagetotal"), container, raw(entry, "url"),
				text(entry, "urldate"), (note != null) ? List.of(note) : List.of(), null);
	}

	/** The entries of a RIS file, in order. */
	public static List<Item> ris(String ris) throws Exception {
		List<Item> items = new ArrayList<>();
		for (RISReference r : new RISParser().parse(new StringReader(ris)).getReferences()) {
			String type = RIS_TYPES.getOrDefault(r.getType().name(), "journalArticle");
			boolean count = PAGES_ARE_COUNT.contains(type);
			String pages = (r.getStartPage() == null) ? null
					: r.getStartPage() + ((r.getEndPage() != null) ? "-" + r.getEndPage() : "");
			List<String> creators = new ArrayList<>();
			for (String[] names : new String[][] { r.getAuthors(), r.getEditors(), r.getSubsidiaryAuthors() }) {
				if (names != null) {
					creators.addAll(Arrays.asList(names));
				}
			}
			String date = (r.getDate() != null) ? risDate(r.getDate()) : r.getYear();
			items.add(new Item(r.getId(), type, r.getTitle(), creators, date, count ? null : pages,
					count ? pages : null, r.getSecondaryTitle(), r.getURL(),
					(r.getAccessDate() != null) ? risDate(r.getAccessDate()) : null,
					(r.getNotes() != null) ? List.of(r.getNotes()) : List.of(), null));
		}
		return items;
	}

	/** The items of a CSL-JSON file, in order. */
	@SuppressWarnings("unchecked")
	public static List<Item> cslJson(String json) throws Exception {
		List<Item> items = new ArrayList<>();
		for (Object o : new JsonParser(new JsonLexer(new StringReader(json))).parseArray()) {
			CSLItemData c = CSLItemData.fromJson((Map<String, Object>) o);
			List<String> creators = new ArrayList<>();
			for (CSLName[] names : new CSLName[][] { c.getAuthor(), c.getEditor(), c.getTranslator() }) {
				if (names != null) {
					Arrays.stream(names)
						.map((n) -> (n.getFamily() != null) ? n.getFamily() + "|" + n.getGiven() : n.getLiteral())
						.forEach(creators::add);
				}
			}
			items.add(new Item(c.getId(), CSL_TYPES.getOrDefault(c.getType().toString(), "document"), c.getTitle(),
					creators, date(c.getIssued()), c.getPage(), c.getNumberOfPages(), c.getContainerTitle(), c.getURL(),
					date(c.getAccessed()), (c.getNote() != null) ? List.of(c.getNote()) : List.of(),
					(String) ((Map<String, Object>) o).get("locator")));
		}
		return items;
	}

	private static String date(CSLDate date) {
		if (date == null || date.getDateParts() == null) {
			return null;
		}
		int[] parts = date.getDateParts()[0];
		StringBuilder iso = new StringBuilder(String.format("%04d", parts[0]));
		for (int i = 1; i < parts.length; i++) {
			iso.append(String.format("-%02d", parts[i]));
		}
		return iso.toString();
	}

	/** "2018/07/29/" as "2018-07-29", "2018/07//" as "2018-07". */
	private static String risDate(String ris) {
		String[] parts = ris.split("/", -1);
		StringBuilder iso = new StringBuilder(parts[0]);
		for (int i = 1; i < Math.min(parts.length, 3) && !parts[i].isEmpty(); i++) {
			iso.append('-').append(parts[i]);
		}
		return iso.toString();
	}

	private static String text(BibTeXEntry entry, String field) throws Exception {
		Value value = entry.getField(new Key(field));
		if (value == null) {
			return null;
		}
		return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
	}

	private static String raw(BibTeXEntry entry, String field) {
		Value value = entry.getField(new Key(field));
		return (value != null) ? value.toUserString() : null;
	}

	@SafeVarargs
	private static <T> T first(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
