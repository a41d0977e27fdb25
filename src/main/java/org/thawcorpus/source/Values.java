package org.thawcorpus.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the numbers and dates printed on web pages. Pure functions; null when unreadable.
 */
public final class Values {

	/**
	 * An exact count as printed: digits, grouped by thousands or not ("5,107,550",
	 * "1.234", "1 234"); see {@link PrintedCount}.
	 */
	public static final String COUNT = PrintedCount.EXACT;

	private static final Pattern COUNT_PATTERN = Pattern.compile(COUNT);

	/** An English month name or its three-letter abbreviation. */
	public static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
			+ "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

	/**
	 * A date as pages print them: "July 29, 2018", "Jul 29, 2018", "29 July 2018",
	 * "2018-07-29".
	 */
	public static final String DATE = MONTH + " \\d{1,2}, \\d{4}|\\d{1,2} " + MONTH + " \\d{4}|\\d{4}-\\d{2}-\\d{2}";

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(formatter("MMMM d, uuuu"),
			formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private Values() {
	}

	private static DateTimeFormatter formatter(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	/** Whether the whole text is a count. */
	public static boolean isCount(String text) {
		return text != null && COUNT_PATTERN.matcher(text.strip()).matches();
	}

	/**
	 * Reads an exact count such as "2,520", "2.520", "2 520" or "141". Returns null if
	 * the text is not one (an abbreviated "15.2k" is not) or is too large for an int.
	 */
	public static Integer count(String text) {
		PrintedCount count = PrintedCount.read(text);
		return (count != null && count.exact()) ? count.intValue() : null;
	}

	/**
	 * Reads a date such as "July 29, 2018", "Sept 3, 2019", "29 July 2018" or
	 * "2018-07-29". Returns null if the text is not a real date in one of those forms.
	 */
	public static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.strip().replaceAll("\\s+", " ").replace(".", "");
		cleaned = cleaned.replaceFirst("(?i)^Sept\\b", "Sep");
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(cleaned, format);
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return null;
	}

}
