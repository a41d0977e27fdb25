package org.thawcorpus.source.blog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.text.TextFolding;

/**
 * Reads the dates blogs print and embed: machine-readable values first (ISO 8601 in a
 * {@code datetime}, {@code title} or {@code content} attribute, a Unix time in
 * milliseconds in a permalink), then the date as printed in any of several languages
 * ("August 3, 2019 at 4:11 am", "28. Juli 2019 um 13:39", "le 1er août 2019", "28 de
 * julio de 2019", "28 июля 2019 г."). Month names come from the JDK's locale data, not
 * from a list of the pages seen. Pure functions; null when unreadable.
 */
final class BlogDates {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN,
			Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"),
			Locale.forLanguageTag("pl"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"),
			Locale.forLanguageTag("cs"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"));

	private static final Map<String, Month> MONTHS = months();

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");

	private static final String DAY = "(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th|º|°|-?го)?";

	private static final String WORD = "(\\p{L}{3,}+)\\.?";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile(DAY + "\\s+(?:de\\s+|of\\s+)?" + WORD + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WORD + "\\s+" + DAY + ",?\\s+(\\d{4})(?!\\d)");

	private static final Pattern DAY_MONTH = Pattern.compile(DAY + "\\s+(?:de\\s+|of\\s+)?" + WORD);

	private static final Pattern MONTH_DAY = Pattern.compile(WORD + "\\s+" + DAY + "(?!\\d|[:.]\\d)");

	private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

	/** A blog archive's month: "July 2019", "Juli 2019 (3)", "juillet 2019". */
	private static final Pattern MONTH_YEAR = Pattern.compile(WORD + "\\s+\\d{4}(?:\\s*\\(\\d{1,5}\\))?");

	private static final int MONTHS_IN_YEAR = 12;

	private static final Pattern MILLIS = Pattern.compile("(?<!\\d)(1\\d{12})(?!\\d)");

	private BlogDates() {
	}

	/**
	 * The date of an ISO 8601 value ("2019-08-03T04:11:57+00:00" is August 3, 2019, the
	 * day as the site's own clock had it), or null.
	 */
	static LocalDate iso(String value) {
		if (value == null) {
			return null;
		}
		Matcher m = ISO.matcher(value.strip());
		return m.lookingAt() ? of(m.group(1), m.group(2), m.group(3)) : null;
	}

	/**
	 * The day of a Unix time in milliseconds found in a text such as Blogger's permalink
	 * ("?showComment=1462700000000"), in UTC since the text gives no zone; or null.
	 */
	static LocalDate millis(String text) {
		Matcher m = (text != null) ? MILLIS.matcher(text) : null;
		if (m == null || !m.find()) {
			return null;
		}
		return Instant.ofEpochMilli(Long.parseLong(m.group(1))).atOffset(ZoneOffset.UTC).toLocalDate();
	}

	/**
	 * A date as printed, in any of the languages known, or null; a date printed without
	 * its year ("Jun 20th at 2:41 am") only when {@code notBefore} is given: then the
	 * year is the first that puts the day on or after it.
	 */
	static LocalDate printed(String text, LocalDate notBefore) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String folded = fold(text);
		LocalDate date = iso(findIso(folded));
		date = (date != null) ? date : numeric(folded);
		date = (date != null) ? date : named(DAY_MONTH_YEAR.matcher(folded), 1, 2, 3);
		date = (date != null) ? date : named(MONTH_DAY_YEAR.matcher(folded), 2, 1, 3);
		if (date == null && notBefore != null) {
			MonthDay day = monthDay(folded);
			if (day != null) {
				date = day.atYear(notBefore.getYear());
				date = date.isBefore(notBefore) ? day.atYear(notBefore.getYear() + 1) : date;
			}
		}
		return date;
	}

	/** Whether a date is printed without its year, as "Jun 20th at 2:41 am" is. */
	static boolean lacksYear(String text) {
		String folded = fold(text);
		return findIso(folded) == null && numeric(folded) == null
				&& named(DAY_MONTH_YEAR.matcher(folded), 1, 2, 3) == null
				&& named(MONTH_DAY_YEAR.matcher(folded), 2, 1, 3) == null && monthDay(folded) != null;
	}

	private static String findIso(String folded) {
		Matcher m = ISO.matcher(folded);
		return m.find() ? m.group() : null;
	}

	private static LocalDate numeric(String folded) {
		Matcher m = NUMERIC.matcher(folded);
		if (m.find()) {
			return of(m.group(3), m.group(2), m.group(1));
		}
		m = SLASHED.matcher(folded);
		if (!m.find()) {
			return null;
		}
		// "13/03/2017" is day first, "03/13/2017" month first; "03/04/2017" could be
		// either and is left unread.
		int first = Integer.parseInt(m.group(1));
		int second = Integer.parseInt(m.group(2));
		if (first > MONTHS_IN_YEAR && second <= MONTHS_IN_YEAR) {
			return of(m.group(3), m.group(2), m.group(1));
		}
		return (second > MONTHS_IN_YEAR && first <= MONTHS_IN_YEAR) ? of(m.group(3), m.group(1), m.group(2)) : null;
	}

	/** Whether a text begins with a day and a month's name: "28. Juli", "3 March". */
	static boolean startsWithDayAndMonth(String text) {
		Matcher m = DAY_MONTH.matcher(fold(text));
		return m.lookingAt() && MONTHS.containsKey(m.group(2));
	}

	/**
	 * Whether a line is a month of a blog's archive: a month's name and a year, with the
	 * count of posts or without ("July 2019 (3)", "Juli 2019").
	 */
	static boolean isArchiveMonth(String trimmed) {
		Matcher m = MONTH_YEAR.matcher(fold(trimmed));
		return m.matches() && MONTHS.containsKey(m.group(1));
	}

	private static LocalDate named(Matcher m, int day, int month, int year) {
		while (m.find()) {
			Month found = MONTHS.get(m.group(month));
			LocalDate date = (found != null) ? of(m.group(year), String.valueOf(found.getValue()), m.group(day)) : null;
			if (date != null) {
				return date;
			}
		}
		return null;
	}

	private static MonthDay monthDay(String folded) {
		for (Matcher m : List.of(MONTH_DAY.matcher(folded), DAY_MONTH.matcher(folded))) {
			boolean monthFirst = m.pattern() == MONTH_DAY;
			while (m.find()) {
				Month month = MONTHS.get(m.group(monthFirst ? 1 : 2));
				if (month != null) {
					try {
						return MonthDay.of(month, Integer.parseInt(m.group(monthFirst ? 2 : 1)));
					}
					catch (DateTimeException ex) {
						// not a day of that month: look further
					}
				}
			}
		}
		return null;
	}

	private static LocalDate of(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/** Lower case, without diacritics or typographic spaces, for matching month names. */
	private static String fold(String text) {
		return TextFolding.matchKey(text);
	}

	private static Map<String, Month> months() {
		Map<String, Month> months = new HashMap<>();
		for (Locale locale : LANGUAGES) {
			for (Month month : Month.values()) {
				for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
						TextStyle.SHORT_STANDALONE)) {
					String name = fold(month.getDisplayName(style, locale)).replace(".", "");
					if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
						months.putIfAbsent(name, month);
					}
				}
			}
		}
		// Short forms pages print that the locale data spells otherwise.
		months.putIfAbsent("sept", Month.SEPTEMBER);
		months.putIfAbsent("juli", Month.JULY);
		months.putIfAbsent("juni", Month.JUNE);
		return Map.copyOf(months);
	}

}
