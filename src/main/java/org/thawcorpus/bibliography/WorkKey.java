package org.thawcorpus.bibliography;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.thawcorpus.text.TextFolding;

/**
 * The key shared by citations of the same work, and the title-and-author comparison used
 * to link a citation to a corpus document.
 * <p>
 * The key is chosen in this order: the normalised main title with the first author's (or
 * else editor's) family name, when the parser is sure of the title ({@code t:});
 * otherwise the valid ISBN as ISBN-13 ({@code isbn:}); otherwise the first family name
 * and year, for short forms like "Ivanova 2001, 303" ({@code a:}); otherwise the
 * normalised raw text ({@code raw:}). Title and author come first because they name the
 * work: two editions of a book, or a citation with an ISBN and one without, share it, and
 * so do an ISBN-10 and an ISBN-13 citation of the same book. Two citations that agree
 * only on the ISBN (their titles differ in spelling) get different keys;
 * {@link #sameWork} still recognises them.
 */
public final class WorkKey {

	/** The longest key: the length of the columns that hold keys. */
	public static final int MAX_LENGTH = 600;

	private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an|der|die|das|le|la|les|l) ");

	private WorkKey() {
	}

	/**
	 * The work key of a parsed citation; raw is its text as printed. A key is at most
	 * {@value #MAX_LENGTH} characters.
	 */
	public static String of(CitationData data, String raw) {
		return capped(key(data, raw));
	}

	private static String key(CitationData data, String raw) {
		String family = firstFamily(data);
		String title = data.uncertain().contains("title") ? "" : normaliseTitle(data.title());
		if (!title.isEmpty()) {
			return "t:" + title + "|" + family;
		}
		Isbn isbn = (data.isbn() != null) ? Isbn.check(data.isbn()) : null;
		if (isbn != null && isbn.valid()) {
			return "isbn:" + isbn.isbn13();
		}
		if (!family.isEmpty() && data.year() != null) {
			return "a:" + family + "|" + data.year();
		}
		return "raw:" + normalise((raw != null) ? raw : "");
	}

	/**
	 * The work key a citation of this title by this author (as printed, in any order)
	 * would have, or null without a title: how a corpus document is matched to its
	 * citations.
	 */
	public static String ofTitleAndAuthor(String title, String author) {
		return normaliseTitle(title).isEmpty() ? null : capped("t:" + titleAndAuthor(title, author));
	}

	private static String capped(String key) {
		return (key.length() > MAX_LENGTH) ? key.substring(0, MAX_LENGTH) : key;
	}

	/**
	 * Whether two parsed citations name the same work: the same valid ISBN (in either
	 * form), or the same normalised title and first family name.
	 */
	public static boolean sameWork(CitationData a, CitationData b) {
		Isbn ia = (a.isbn() != null) ? Isbn.check(a.isbn()) : null;
		Isbn ib = (b.isbn() != null) ? Isbn.check(b.isbn()) : null;
		if (ia != null && ib != null && ia.valid() && ib.valid() && ia.isbn13().equals(ib.isbn13())) {
			return true;
		}
		String ta = normaliseTitle(a.title());
		return !ta.isEmpty() && ta.equals(normaliseTitle(b.title())) && firstFamily(a).equals(firstFamily(b));
	}

	/**
	 * A comparison key from a title and an author's name as printed in any order
	 * ("Ivanova, Maria Petrovna", "Maria Petrovna Ivanova"), or null for no author. Equal
	 * keys mean the same main title (subtitle, case, accents, punctuation and a leading
	 * article aside) by an author of the same family name; use it to link a citation to a
	 * corpus document.
	 */
	public static String titleAndAuthor(String title, String author) {
		String family = "";
		if (author != null && !author.isBlank()) {
			SourceText text = new SourceText(author);
			List<PersonName> names = NameList.parse(text, 0, text.length());
			family = names.isEmpty() ? ""
					: normalise(Objects.requireNonNullElse(names.get(0).family(), names.get(0).literal()));
		}
		return normaliseTitle(title) + "|" + family;
	}

	/**
	 * The title-and-author key of a parsed citation, comparable with
	 * {@link #titleAndAuthor}.
	 */
	public static String titleAndAuthor(CitationData data) {
		return normaliseTitle(data.title()) + "|" + firstFamily(data);
	}

	private static String firstFamily(CitationData data) {
		List<PersonName> names = !data.authors().isEmpty() ? data.authors() : data.editors();
		if (names.isEmpty()) {
			return "";
		}
		PersonName first = names.get(0);
		return normalise((first.family() != null) ? first.family() : first.literal());
	}

	/** The main title (before a colon), normalised, without a leading article. */
	static String normaliseTitle(String title) {
		if (title == null) {
			return "";
		}
		String folded = TextFolding.fold(title);
		int colon = folded.indexOf(':');
		String main = (colon > 0) ? folded.substring(0, colon) : folded;
		return LEADING_ARTICLE.matcher(normalise(main)).replaceFirst("");
	}

	/** Case, accents and punctuation folded away, white space collapsed. */
	static String normalise(String text) {
		return TextFolding.matchKey(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
