package org.thawcorpus.bibliography;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * Reads ContextObjects in Spans (COinS): the OpenURL 1.0 key-encoded values that wikis
 * and reference managers put in the {@code title} of a {@code <span class="Z3988">}
 * ("ctx_ver=Z39.88-2004&amp;rft.btitle=...&amp;rft.au=..."), the machine-readable twin of
 * a printed citation. The inverse of {@code citation.Coins}.
 * <p>
 * Fields read: the title ({@code rft.atitle} of an article or chapter, else
 * {@code rft.btitle} of a book, else {@code rft.title} or {@code rft.jtitle}), the
 * authors ({@code rft.aulast} with {@code rft.aufirst} or {@code rft.auinit} first, then
 * every {@code rft.au}, then {@code rft.aucorp}), the year of {@code rft.date}, the
 * publisher {@code rft.pub}, the place {@code rft.place}, the pages {@code rft.pages}
 * (else {@code rft.spage}-{@code rft.epage}) and the ISBN {@code rft.isbn}. A journal's
 * or website's name ({@code rft.jtitle} beside an article title) has no field in
 * {@link CitationData} and is not kept. A value whose escapes are not UTF-8 (wikis have
 * cut characters in half) is not read, so that the printed text gives that field.
 */
public final class CoinsReader {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

	private CoinsReader() {
	}

	/**
	 * The fields of a COinS string, or null when it names no work (no title, author,
	 * year, publisher or ISBN). Nothing the string holds is uncertain.
	 * @param kev the span's {@code title} attribute, HTML entities already decoded
	 */
	public static CitationData read(String kev) {
		return (kev == null || kev.isBlank()) ? null : read(values(kev));
	}

	private static CitationData read(Map<String, List<String>> values) {
		String title = first(values, "rft.atitle", "rft.btitle", "rft.title");
		boolean titled = values.containsKey("rft.atitle") || values.containsKey("rft.btitle")
				|| values.containsKey("rft.title");
		if (!titled) {
			title = first(values, "rft.jtitle");
		}
		List<PersonName> authors = authors(values);
		Integer year = year(first(values, "rft.date"));
		String publisher = first(values, "rft.pub", "rft.publisher");
		String isbn = first(values, "rft.isbn");
		if (title == null && authors.isEmpty() && year == null && publisher == null && isbn == null) {
			return null;
		}
		return new CitationData(authors, List.of(), List.of(), year, title, publisher, first(values, "rft.place"),
				pages(values), isbn, Set.of());
	}

	/**
	 * A citation's fields from its COinS, with the fields COinS leaves out filled in from
	 * its printed text: editors and translators always (less anyone COinS names as an
	 * author), any other field the COinS lacks, but no publisher or place the text parse
	 * took from the work's or its journal's title. Only the fields taken from the text
	 * keep its uncertainty.
	 * @param kev the COinS string, or null
	 * @param text the fields parsed from the printed citation
	 */
	public static CitationData over(String kev, CitationData text) {
		Map<String, List<String>> values = (kev == null) ? Map.of() : values(kev);
		CitationData coins = read(values);
		if (coins == null) {
			return text;
		}
		List<String> titles = new ArrayList<>();
		for (String key : List.of("rft.atitle", "rft.btitle", "rft.title")) {
			titles.addAll(values.getOrDefault(key, List.of()));
		}
		List<String> containers = values.getOrDefault("rft.jtitle", List.of());
		Set<String> uncertain = new HashSet<>();
		List<PersonName> authors = coins.authors();
		if (authors.isEmpty()) {
			authors = text.authors();
			keep(uncertain, text, "authors");
		}
		List<PersonName> editors = others(text.editors(), authors);
		List<PersonName> translators = others(text.translators(), authors);
		keep(uncertain, text, "editors");
		keep(uncertain, text, "translators");
		Integer year = (coins.year() != null) ? coins.year() : taken(text.year(), uncertain, text, "year");
		String title = (coins.title() != null) ? coins.title() : taken(text.title(), uncertain, text, "title");
		String publisher = (coins.publisher() != null) ? coins.publisher()
				: taken(notIn(text.publisher(), titles, containers), uncertain, text, "publisher");
		String place = (coins.place() != null) ? coins.place()
				: taken(notIn(text.place(), titles, containers), uncertain, text, "place");
		String pages = (coins.pages() != null) ? coins.pages() : taken(text.pages(), uncertain, text, "pages");
		String isbn = (coins.isbn() != null) ? coins.isbn() : taken(text.isbn(), uncertain, text, "isbn");
		return new CitationData(authors, editors, translators, year, title, publisher, place, pages, isbn, uncertain);
	}

	/**
	 * The value, unless the text parse took it from the work's title or from a piece of
	 * its journal's or website's name (the name itself, "Macworld", may stand as the
	 * publisher).
	 */
	private static String notIn(String value, List<String> titles, List<String> containers) {
		if (value == null) {
			return null;
		}
		String folded = value.strip().toLowerCase(Locale.ROOT);
		boolean inTitle = titles.stream().anyMatch((t) -> t.toLowerCase(Locale.ROOT).contains(folded));
		boolean partOfContainer = containers.stream()
			.map((c) -> c.toLowerCase(Locale.ROOT))
			.anyMatch((c) -> c.contains(folded) && !c.equals(folded));
		return (inTitle || partOfContainer) ? null : value;
	}

	/**
	 * The decoded values of each key, in order; "amp;" left by double escaping dropped. A
	 * key whose value could not be decoded is present with no value.
	 */
	private static Map<String, List<String>> values(String kev) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String pair : kev.split("&")) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
			if (key.startsWith("amp;")) {
				key = key.substring(4);
			}
			String value = decode(pair.substring(eq + 1));
			if (value == null) {
				values.computeIfAbsent(key, (k) -> new ArrayList<>());
			}
			else if (!value.isBlank()) {
				values.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value.strip());
			}
		}
		return values;
	}

	/**
	 * The value with its percent escapes decoded as UTF-8 and any HTML entity a wiki
	 * escaped twice ("&amp;#91;") unescaped; null when the escapes are not UTF-8 (a wiki
	 * that cut a character in half), so that the printed text gives the field instead.
	 */
	private static String decode(String value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%' && hex(value, i + 1) >= 0) {
				bytes.write(hex(value, i + 1));
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(utf8, 0, utf8.length);
			}
		}
		String decoded;
		try {
			decoded = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		return (decoded.indexOf('&') >= 0) ? Parser.unescapeEntities(decoded, false) : decoded;
	}

	/** The byte of the two hex digits at {@code at}, or -1. */
	private static int hex(String value, int at) {
		if (at + 1 >= value.length()) {
			return -1;
		}
		int high = Character.digit(value.charAt(at), 16);
		int low = Character.digit(value.charAt(at + 1), 16);
		return (high < 0 || low < 0) ? -1 : high * 16 + low;
	}

	private static String first(Map<String, List<String>> values, String... keys) {
		for (String key : keys) {
			List<String> found = values.get(key);
			if (found != null && !found.isEmpty()) {
				return found.get(0);
			}
		}
		return null;
	}

	/**
	 * The first author from the family name and given names or initials, then each
	 * {@code rft.au} that is not that author again, then corporate authors.
	 */
	private static List<PersonName> authors(Map<String, List<String>> values) {
		List<PersonName> authors = new ArrayList<>();
		String family = first(values, "rft.aulast");
		String given = first(values, "rft.aufirst", "rft.auinit");
		if (family != null) {
			authors.add(new PersonName(family, given, (given != null) ? family + ", " + given : family));
		}
		for (String au : values.getOrDefault("rft.au", List.of())) {
			for (PersonName name : names(au)) {
				if (!isSame(name, authors)) {
					authors.add(name);
				}
			}
		}
		for (String corporate : values.getOrDefault("rft.aucorp", List.of())) {
			authors.add(new PersonName(null, null, corporate));
		}
		return authors;
	}

	/** One {@code rft.au}: "Family, Given", or a name in natural order. */
	private static List<PersonName> names(String au) {
		List<PersonName> parsed = NameList.parse(new SourceText(au), 0, au.length());
		return parsed.isEmpty() ? List.of(new PersonName(null, null, au)) : parsed;
	}

	private static boolean isSame(PersonName name, List<PersonName> authors) {
		for (PersonName author : authors) {
			if (author.family() != null && author.family().equalsIgnoreCase(name.family())
					&& initial(author.given()).equals(initial(name.given()))) {
				return true;
			}
		}
		return false;
	}

	private static String initial(String given) {
		return (given == null || given.isBlank()) ? "" : given.strip().substring(0, 1).toLowerCase(Locale.ROOT);
	}

	private static Integer year(String date) {
		if (date == null) {
			return null;
		}
		Matcher m = YEAR.matcher(date);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	private static String pages(Map<String, List<String>> values) {
		String pages = first(values, "rft.pages");
		if (pages != null) {
			return pages;
		}
		String start = first(values, "rft.spage");
		String end = first(values, "rft.epage");
		if (start == null) {
			return null;
		}
		return (end != null && !end.equals(start)) ? start + "-" + end : start;
	}

	private static List<PersonName> others(List<PersonName> names, List<PersonName> authors) {
		return names.stream().filter((name) -> name.family() == null || !isSame(name, authors)).toList();
	}

	private static void keep(Set<String> uncertain, CitationData text, String field) {
		if (text.uncertain().contains(field)) {
			uncertain.add(field);
		}
	}

	private static <T> T taken(T value, Set<String> uncertain, CitationData text, String field) {
		if (value != null) {
			keep(uncertain, text, field);
		}
		return value;
	}

}
