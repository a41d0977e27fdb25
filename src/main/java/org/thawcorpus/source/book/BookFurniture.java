package org.thawcorpus.source.book;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

}
