package org.thawcorpus.source.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.thawcorpus.source.Values;
import org.thawcorpus.source.html.HtmlPage;

/**
 * What a page's JSON-LD says of its book (a schema.org {@code Book}, with its
 * {@code AggregateRating}): each value null, or the list empty, where it says nothing.
 *
 * @param name the book's name as the metadata gives it, perhaps with its series ("The
 * Courtyard (Thaw Chronicles, #2)")
 * @param authors the authors' names
 * @param pages the page count ({@code numberOfPages})
 * @param format the format ({@code bookFormat}), without a schema.org address
 * @param isbn the ISBN
 * @param language the language ({@code inLanguage})
 * @param publisher the publisher's name
 * @param published the publication date as given ({@code datePublished})
 * @param average the average rating ({@code ratingValue})
 * @param ratings the number of ratings ({@code ratingCount})
 * @param reviews the number of reviews ({@code reviewCount})
 */
record BookJsonLd(String name, List<String> authors, Integer pages, String format, String isbn, String language,
		String publisher, String published, BigDecimal average, Integer ratings, Integer reviews) {

	static final BookJsonLd NONE = new BookJsonLd(null, List.of(), null, null, null, null, null, null, null, null,
			null);

	/** A series and number in parentheses after a name: "(Thaw Chronicles, #2)". */
	private static final Pattern SERIES = Pattern.compile(".*\\(([^()]+,? *#\\d{1,3}(?:\\.\\d)?)\\)\\s*");

	BookJsonLd {
		authors = List.copyOf(authors);
	}

	/** What the page's JSON-LD says of its book; {@link #NONE} if it has no Book. */
	static BookJsonLd of(HtmlPage page) {
		JsonNode book = page.jsonLd("Book").orElse(null);
		if (book == null) {
			return NONE;
		}
		JsonNode rating = book.path("aggregateRating");
		if (!rating.isObject()) {
			rating = page.jsonLd("AggregateRating").orElse(rating);
		}
		List<String> authors = new ArrayList<>();
		JsonNode author = book.path("author");
		for (JsonNode each : author.isArray() ? author : List.of(author)) {
			String name = name(each);
			if (name != null) {
				authors.add(name);
			}
		}
		String format = text(book.path("bookFormat"));
		if (format != null && format.contains("/")) {
			format = format.substring(format.lastIndexOf('/') + 1);
		}
		return new BookJsonLd(text(book.path("name")), authors, count(book.path("numberOfPages")), format,
				text(book.path("isbn")), name(book.path("inLanguage")), name(book.path("publisher")),
				text(book.path("datePublished")), decimal(rating.path("ratingValue")),
				count(rating.path("ratingCount")), count(rating.path("reviewCount")));
	}

	/** The series and number the name gives in parentheses, or null. */
	String series() {
		Matcher m = (this.name != null) ? SERIES.matcher(this.name) : null;
		return (m != null && m.matches()) ? m.group(1).strip() : null;
	}

	/** A string, or the {@code name} of an object. */
	private static String name(JsonNode node) {
		return node.isObject() ? text(node.path("name")) : text(node);
	}

	private static String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull() || node.isContainer()) {
			return null;
		}
		String text = node.asString("").strip();
		return text.isEmpty() ? null : text;
	}

	private static Integer count(JsonNode node) {
		if (node.isNumber()) {
			return node.canConvertToInt() ? node.asInt() : null;
		}
		return Values.count(text(node));
	}

	private static BigDecimal decimal(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		String text = text(node);
		return (text != null && text.matches("\\d+(?:\\.\\d+)?")) ? new BigDecimal(text) : null;
	}

}
