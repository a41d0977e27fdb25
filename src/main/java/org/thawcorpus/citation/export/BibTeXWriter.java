package org.thawcorpus.citation.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

import org.thawcorpus.bibliography.PersonName;

/**
 * Writes references as BibTeX entries with biblatex's types and fields where BibTeX has
 * none (UTF-8 text; LaTeX specials escaped, names as "Family, Given and Family, Given",
 * page ranges with "--"): books {@code @book} with their number of pages in
 * {@code pagetotal}, encyclopedia entries {@code @inreference}, posts, comments, reviews
 * and web pages {@code @online} with {@code url} and {@code urldate}; the day of
 * publication in {@code date} beside the {@code year}. A page or paragraph cited is no
 * field of the work: it is said in the {@code note}, with what the copy does not state.
 */
public final class BibTeXWriter {

	private static final Pattern RANGE_DASH = Pattern.compile("(?<=\\w)\\s*[-\u2010-\u2015]+\\s*(?=\\w)");

	private static final Pattern AND = Pattern.compile("(?i)(?:^|\\s)and(?:\\s|$)");

	private BibTeXWriter() {
	}

	public static String write(Reference reference) {
		return write(List.of(reference));
	}

	/** Writes the references in order, with keys made unique. */
	public static String write(List<Reference> references) {
		List<String> keys = ReferenceKeys.of(references);
		BibTeXDatabase database = new BibTeXDatabase();
		for (int i = 0; i < references.size(); i++) {
			database.addObject(entry(references.get(i), keys.get(i)));
		}
		StringWriter out = new StringWriter();
		try {
			new BibTeXFormatter().format(database, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static BibTeXEntry entry(Reference r, String key) {
		BibTeXEntry entry = new BibTeXEntry(type(r.type()), new Key(key));
		add(entry, BibTeXEntry.KEY_AUTHOR, names(r.authors()));
		add(entry, BibTeXEntry.KEY_EDITOR, names(r.editors()));
		add(entry, new Key("translator"), names(r.translators()));
		add(entry, BibTeXEntry.KEY_TITLE, escape(r.displayTitle()));
		add(entry, container(r.type()), escape(r.containerTitle()));
		add(entry, BibTeXEntry.KEY_PUBLISHER, escape(r.publisher()));
		add(entry, BibTeXEntry.KEY_ADDRESS, escape(r.place()));
		add(entry, new Key("date"), (r.issued() != null) ? r.issued().iso() : null);
		add(entry, BibTeXEntry.KEY_YEAR, (r.year() != null) ? r.year().toString() : null);
		if (r.type().isPart()) {
			add(entry, BibTeXEntry.KEY_PAGES,
					(r.pages() != null) ? RANGE_DASH.matcher(escape(r.pages())).replaceAll("--") : null);
		}
		add(entry, new Key("pagetotal"), (r.numberOfPages() != null) ? r.numberOfPages().toString() : null);
		add(entry, new Key("isbn"), escape(r.isbn()));
		add(entry, BibTeXEntry.KEY_URL, (r.url() != null) ? r.url().replace("{", "%7B").replace("}", "%7D") : null);
		add(entry, new Key("urldate"), (r.accessed() != null) ? r.accessed().toString() : null);
		add(entry, BibTeXEntry.KEY_NOTE, escape(Notes.of(r)));
		return entry;
	}

	private static Key type(ReferenceType type) {
		return switch (type) {
			case BOOK -> BibTeXEntry.TYPE_BOOK;
			case CHAPTER -> BibTeXEntry.TYPE_INCOLLECTION;
			case ARTICLE -> BibTeXEntry.TYPE_ARTICLE;
			case ENCYCLOPEDIA_ENTRY -> new Key("inreference");
			case BLOG_POST, COMMENT, REVIEW, WEBPAGE -> new Key("online");
			case OTHER -> BibTeXEntry.TYPE_MISC;
		};
	}

	/** The field of the whole a work is part of, as biblatex names it for each type. */
	private static Key container(ReferenceType type) {
		return switch (type) {
			case CHAPTER, ENCYCLOPEDIA_ENTRY -> BibTeXEntry.KEY_BOOKTITLE;
			case ARTICLE -> BibTeXEntry.KEY_JOURNAL;
			case BLOG_POST, COMMENT, REVIEW, WEBPAGE -> BibTeXEntry.KEY_ORGANIZATION;
			case BOOK, OTHER -> BibTeXEntry.KEY_HOWPUBLISHED;
		};
	}

	private static void add(BibTeXEntry entry, Key key, String value) {
		if (value != null && !value.isBlank()) {
			entry.addField(key, new StringValue(value, StringValue.Style.BRACED));
		}
	}

	/** "Family, Given and Family, Given"; a name that cannot be split is braced whole. */
	private static String names(List<PersonName> names) {
		if (names.isEmpty()) {
			return null;
		}
		return names.stream().map(BibTeXWriter::name).collect(Collectors.joining(" and "));
	}

	private static String name(PersonName name) {
		if (name.family() == null) {
			return "{" + escape(name.literal()) + "}";
		}
		String family = escape(name.family());
		if (family.contains(",") || AND.matcher(family).find()) {
			family = "{" + family + "}";
		}
		return (name.given() != null) ? family + ", " + escape(name.given()) : family;
	}

	/**
	 * Escapes the characters LaTeX and BibTeX treat specially. Braces become
	 * {@code \textbraceleft{}} and {@code \textbraceright{}} so that a field's braces
	 * always balance, which BibTeX requires even of escaped ones.
	 */
	static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{' -> out.append("\\textbraceleft{}");
				case '}' -> out.append("\\textbraceright{}");
				case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				case '\n', '\r', '\t' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
