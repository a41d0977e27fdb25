package org.thawcorpus.source.book;

import java.math.BigDecimal;
import java.util.Locale;

import org.thawcorpus.source.Values;

/**
 * Counts as book pages print them beside readers and authors: in full ("2,520") or
 * abbreviated to thousands or millions ("15.2k followers", "2m people want to read").
 */
final class BookCounts {

	/** A count in full or abbreviated; an abbreviation's letter is required. */
	static final String COUNT = "\\d{1,3}(?:\\.\\d{1,2})?[kKmM]|" + Values.COUNT;

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private BookCounts() {
	}

	/**
	 * Reads a count such as "2,520", "15.2k" (15,200) or "2m" (2,000,000); null if the
	 * text is none or too large for an int. An abbreviated count is as exact as its
	 * printing: "15.2k" may stand for anything from 15,150 to 15,249.
	 */
	static Integer count(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (!t.matches(COUNT.toLowerCase(Locale.ROOT))) {
			return null;
		}
		if (t.endsWith("k") || t.endsWith("m")) {
			BigDecimal unit = t.endsWith("k") ? THOUSAND : MILLION;
			BigDecimal value = new BigDecimal(t.substring(0, t.length() - 1)).multiply(unit);
			return (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) ? null : value.intValue();
		}
		return Values.count(t);
	}

}
