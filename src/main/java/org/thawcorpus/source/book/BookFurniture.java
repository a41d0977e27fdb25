package org.thawcorpus.source.book;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.text.TextFolding;

/** The buttons, prompts and headings a book page repeats around its content, by name. */
final class BookFurniture {

	/** Furniture that opens the ratings and reviews part of the page. */
	static final Set<String> RATINGS_HEADINGS = Set.of("Ratings & Reviews", "Community Reviews");

	/** Furniture that follows the list of reviews: a review's body ends before it. */
	static final Set<String> TRAILING = Set.of("Can't find what you're looking for?",
			"Get help and learn more about the design.", "More reviews and ratings", "Readers also enjoyed",
			"Lists with this book", "Join the discussion");

	private static final List<String> OTHERS = List.of("Jump to ratings and reviews", "Rate this book", "Want to read",
			"Show more", "Show less", "...more", "What do you think?", "Friends & Following",
			"Create a free account to discover what your friends think of this book!", "Search review text", "Filters",
			"Sort order", "Follow", "Like", "Comment", "Show full review", "Write a review", "…more", "... more",
			"…less", "...less", "(less)", "Read more", "Read less", "Book details & editions", "Book details",
			"Edition details", "This edition", "More editions", "All editions", "Rating details", "Read book",
			"Follow author", "Show all reviews", "Shop this series", "Show more reviews",
			"No one has reviewed this book yet.");

	private static final Map<String, String> BY_KEY = byKey();

	/** The word of a link under "Join the discussion": "quotes", "discussions". */
	private static final Pattern LINK_WORD = Pattern.compile("\\p{Ll}{2,20}");

	/** A count and its link's word on one line: "1,148 quotes". */
	private static final Pattern COUNTED_LINK = Pattern.compile("(?:" + PrintedCount.ANY + ") +\\p{Ll}{2,20}");

	/** The most links read under "Join the discussion". */
	private static final int DISCUSSION_LINES = 6;

	private BookFurniture() {
	}

	private static Map<String, String> byKey() {
		Map<String, String> names = new LinkedHashMap<>();
		for (String name : OTHERS) {
			names.put(TextFolding.matchKey(name), name);
		}
		for (String name : RATINGS_HEADINGS) {
			names.put(TextFolding.matchKey(name), name);
		}
		for (String name : TRAILING) {
			names.put(TextFolding.matchKey(name), name);
		}
		return Map.copyOf(names);
	}

	/** The furniture's name if the whole line is known furniture, else null. */
	static String name(String trimmed) {
		return BY_KEY.get(TextFolding.matchKey(trimmed));
	}

	/**
	 * What a line standing between two of the book's buttons is ("Want to read", "Kindle
	 * $10.99", "Rate this book"), if the site's words name it: another button of the row;
	 * null otherwise.
	 */
	static String inButtonRow(SourceLines lines, FurnitureWords words, int n) {
		int previous = n - 1;
		while (previous > 0 && lines.isBlank(previous)) {
			previous--;
		}
		int next = lines.nextNonBlank(n + 1);
		if (previous < 1 || next < 0 || name(lines.trimmed(previous)) == null || name(lines.trimmed(next)) == null) {
			return null;
		}
		FurnitureWords.Word word = words.word(lines.trimmed(n));
		return (word != null) ? word.label() : null;
	}

	/**
	 * The last line of the counts under "Join the discussion" ("1,148" and "quotes", or
	 * "1,148 quotes"), links to the book's quotes, discussions and questions; the
	 * heading's line if none follow.
	 */
	static int discussionLinks(SourceLines lines, int heading) {
		int last = heading;
		int n = lines.nextNonBlank(heading + 1);
		for (int read = 0; n > 0 && read < DISCUSSION_LINES; read++) {
			String text = lines.trimmed(n);
			int next = lines.nextNonBlank(n + 1);
			if (COUNTED_LINK.matcher(text).matches()) {
				last = n;
			}
			else if (PrintedCount.read(text) != null && next > 0 && LINK_WORD.matcher(lines.trimmed(next)).matches()) {
				last = next;
				next = lines.nextNonBlank(next + 1);
			}
			else {
				break;
			}
			n = next;
		}
		return last;
	}

}
