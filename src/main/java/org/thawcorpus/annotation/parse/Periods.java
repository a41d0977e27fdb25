package org.thawcorpus.annotation.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods (decades, centuries and ranges between them) as keys and as a reader names
 * them: "1950/1959" is "the 1950s", "1950/1953" "the early 1950s", "1800/1899" "the 19th
 * century". Pure functions.
 */
public final class Periods {

	private static final Pattern KEY = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

	private Periods() {
	}

	/** The key of the period from one year to another: "1950/1959". */
	public static String key(int from, int to) {
		return from + "/" + to;
	}

	/** Whether a value is a period's key. */
	public static boolean isKey(String value) {
		Matcher m = KEY.matcher(value);
		return m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
	}

	/** The first year of a period's key. */
	public static int from(String key) {
		return Integer.parseInt(key.substring(0, key.indexOf('/')));
	}

	/** The last year of a period's key. */
	public static int to(String key) {
		return Integer.parseInt(key.substring(key.indexOf('/') + 1));
	}

	/** How a period reads: "1950s", "early 1950s", "19th century", "1950–1963". */
	public static String label(int from, int to) {
		int span = to - from;
		int decade = from - from % 10;
		if (from % 10 == 0 && span == 9) {
			return decade + "s";
		}
		if (from % 10 == 0 && span == 3) {
			return "early " + decade + "s";
		}
		if (from % 10 == 4 && span == 2) {
			return "mid " + decade + "s";
		}
		if (from % 10 == 7 && span == 2) {
			return "late " + decade + "s";
		}
		int century = from - from % 100;
		String name = ordinal(century / 100 + 1) + " century";
		if (from % 100 == 0 && span == 99) {
			return name;
		}
		if (from % 100 == 0 && span == 32) {
			return "early " + name;
		}
		if (from % 100 == 33 && span == 33) {
			return "mid " + name;
		}
		if (from % 100 == 67 && span == 32) {
			return "late " + name;
		}
		return from + "–" + to;
	}

	/** A key's label, as {@link #label(int, int)}. */
	public static String label(String key) {
		return label(from(key), to(key));
	}

	/**
	 * A key's label with its years where the label does not give them: "1950s
	 * (1950–1959)", but "1950–1963".
	 */
	public static String labelWithYears(String key) {
		String label = label(key);
		String years = from(key) + "–" + to(key);
		return label.equals(years) ? label : label + " (" + years + ")";
	}

	/** The first and last years of a century, early, mid or late (or null, the whole). */
	static int[] century(int number, String qualifier) {
		int first = (number - 1) * 100;
		return switch ((qualifier != null) ? qualifier.toLowerCase(Locale.ROOT) : "") {
			case "early", "earlier" -> new int[] { first, first + 32 };
			case "mid", "middle" -> new int[] { first + 33, first + 66 };
			case "late", "later" -> new int[] { first + 67, first + 99 };
			default -> new int[] { first, first + 99 };
		};
	}

	static String ordinal(int n) {
		int lastTwo = n % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

}
