package org.thawcorpus.annotation.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.text.TextFolding;

/**
 * Finds the dates and periods a text mentions. Pure function; the input is not modified.
 * <p>
 * Recognised, with their ISO 8601 forms: full dates ("February 25, 1956", "25 February
 * 1956", "1956-02-25" → 1956-02-25), months ("March 1953" → 1953-03), month ranges
 * ("October–November 1956" → 1956-10/1956-11), years (1956, 1500 to 2099), decades ("the
 * 1980s" → 1980/1989; early, mid and late as their first four, middle three and last
 * three years: "the early 1950s" → 1950/1953), centuries ("the 19th century", "the
 * nineteenth century", "20th-century" → 1800/1899, 1900/1999; early, mid and late as
 * thirds), parts of a year ("late 1956" → 1956-09/1956-12: early, mid and late as
 * four-month thirds), and ranges of any of these joined by a dash, a slash, "to",
 * "until", "till", "through" or "between … and …" ("1953 until 1964" → 1953/1964,
 * "1955–56" → 1955/1956).
 * <p>
 * A bare number is not taken for a year when it is part of a larger number ("81,027") or
 * an ISBN, follows "p.", "pp.", "no.", "vol." or a currency sign, or counts something
 * ("1500 prisoners"); ordinals ("20th Congress") are never years. A month without a year
 * ("on October 23") is not a date: its year cannot be known.
 * <p>
 * Decades and centuries, and ranges with one at either end, are periods
 * ({@link DateMention#period()}): the timeline and the search count them as one period
 * each, not as every year they cover.
 */
public final class DateRecognizer {

	/**
	 * A version of these rules: it changes whenever they do, so stored mentions are
	 * renewed.
	 */
	public static final String RULES = "dates-2";

	private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

	private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

	/** White space between the words of a date: a few characters at most. */
	private static final String SPACE = "\\s{1,10}";

	private static final String SPACE_OR_NONE = "\\s{0,10}";

	private static final String BEFORE = "(?<![\\p{L}\\p{N}])";

	private static final String AFTER_YEAR = "(?![\\p{N}]|'?s(?![\\p{L}]))";

	private static final String QUALIFIER = "((?i:early|mid|middle|late|earlier|later))";

	private static final Pattern FULL_MDY = Pattern
		.compile(BEFORE + MONTH + "\\.?" + SPACE + "(\\d{1,2})(?:st|nd|rd|th)?,?" + SPACE + YEAR + AFTER_YEAR);

	private static final Pattern FULL_DMY = Pattern.compile(BEFORE + "(\\d{1,2})(?:st|nd|rd|th)?" + SPACE + "(?:of"
			+ SPACE + ")?" + MONTH + "\\.?,?" + SPACE + YEAR + AFTER_YEAR);

	private static final Pattern ISO_DATE = Pattern
		.compile("(?<![\\p{L}\\p{N}-])" + YEAR + "-(\\d{2})-(\\d{2})(?![\\p{N}-])");

	private static final Pattern MONTH_RANGE = Pattern
		.compile(BEFORE + MONTH + "\\.?" + SPACE_OR_NONE + "(?:-|/|\\bto\\b|\\buntil\\b|\\bthrough\\b|\\band\\b)"
				+ SPACE_OR_NONE + MONTH + "\\.?,?" + SPACE + YEAR + AFTER_YEAR);

	private static final Pattern MONTH_YEAR = Pattern
		.compile(BEFORE + MONTH + "\\.?,?" + SPACE + "(?:of" + SPACE + ")?" + YEAR + AFTER_YEAR);

	private static final Pattern DECADE = Pattern
		.compile(BEFORE + "(?:" + QUALIFIER + "(?:" + SPACE + "|-))?(1[5-9]\\d0|20\\d0)'?s(?![\\p{L}\\p{N}])");

	private static final Pattern SHORT_DECADE = Pattern
		.compile("(?<![\\p{L}\\p{N}'])(?:" + QUALIFIER + "(?:" + SPACE + "|-))?'([1-9]0)s(?![\\p{L}\\p{N}])");

	private static final String ORDINAL_WORDS = "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
			+ "|twenty-first|twenty first";

	private static final Pattern CENTURY = Pattern
		.compile(BEFORE + "(?:" + QUALIFIER + "(?:\\s+|-))?(?:(1[5-9]|2[01])(?:st|nd|rd|th)|(?i:(" + ORDINAL_WORDS
				+ ")))[\\s-]+(?i:century)(?![\\p{L}])");

	private static final Pattern PART_OF_YEAR = Pattern
		.compile(BEFORE + "((?i:early|mid|middle|late))(?:" + SPACE + "|-)" + YEAR + AFTER_YEAR);

	private static final Pattern SHORT_RANGE = Pattern.compile(BEFORE + YEAR + "\\s?-\\s?(\\d{2})(?![\\p{N}])");

	private static final Pattern BARE_YEAR = Pattern.compile(BEFORE + YEAR + "(?![\\p{N}])");

	private static final Pattern CONNECTOR = Pattern.compile("(?:" + SPACE_OR_NONE + "[-/]" + SPACE_OR_NONE + "|"
			+ SPACE + "(?i:to|until|till|through|thru|and)" + SPACE + ")(?:(?i:the)" + SPACE + ")?");

	private static final Pattern BETWEEN = Pattern.compile("(?i:between)\\s+$");

	private static final Pattern NUMBERED = Pattern
		.compile("(?i:\\b(?:p|pp|no|nos|nr|vol|vols)\\.|\\b(?:page|pages|number|isbn(?:-1[03])?)[.:]?|[#№$£€])\\s*$");

	private static final Pattern YEAR_PREPOSITION = Pattern
		.compile("(?i:\\b(?:in|by|since|of|until|till|from|after|before|during|around|circa|c\\.|ca\\.))\\s+$");

	/**
	 * The most digits, dashes and x's a number may stand among and still be a year;
	 * beyond, it is part of a code, and the scan for the code's ends stops.
	 */
	private static final int MAX_CODE = 24;

	private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");

	private static final Set<String> COUNTED = Set.of("pages", "page", "pp", "people", "persons", "copies", "words",
			"cases", "citizens", "prisoners", "students", "reviews", "ratings", "followers", "books", "members",
			"votes", "troops", "soldiers", "men", "women", "children", "miles", "kilometres", "kilometers", "km",
			"metres", "meters", "feet", "rubles", "roubles", "dollars", "victims", "deaths", "casualties", "items",
			"times", "signatures", "letters", "delegates", "workers", "families", "tanks", "units", "hours", "minutes",
			"days", "weeks", "months", "years", "tons", "tonnes");

	private DateRecognizer() {
	}

	/** The mentions in a text, in order, not overlapping. */
	public static List<DateMention> find(String text) {
		if (!hasTwoDigitsInARow(text) && !text.toLowerCase(Locale.ROOT).contains("centur")) {
			return List.of();
		}
		String folded = TextFolding.fold(text);
		List<Atom> atoms = new ArrayList<>();
		collect(atoms, FULL_MDY, folded, DateRecognizer::fullMonthFirst);
		collect(atoms, FULL_DMY, folded, DateRecognizer::fullDayFirst);
		collect(atoms, ISO_DATE, folded, DateRecognizer::isoDate);
		collect(atoms, MONTH_RANGE, folded, DateRecognizer::monthRange);
		collect(atoms, MONTH_YEAR, folded, DateRecognizer::monthYear);
		collect(atoms, DECADE, folded, (m) -> decade(m, Integer.parseInt(m.group(2))));
		collect(atoms, SHORT_DECADE, folded, (m) -> decade(m, 1900 + Integer.parseInt(m.group(2))));
		collect(atoms, CENTURY, folded, DateRecognizer::century);
		collect(atoms, PART_OF_YEAR, folded, DateRecognizer::partOfYear);
		collect(atoms, SHORT_RANGE, folded, (m) -> shortRange(m, folded));
		collect(atoms, BARE_YEAR, folded, (m) -> bareYear(m, folded));
		List<DateMention> mentions = new ArrayList<>();
		List<Atom> kept = resolve(atoms);
		for (int i = 0; i < kept.size(); i++) {
			Atom atom = kept.get(i);
			if (i + 1 < kept.size() && joins(folded, atom, kept.get(i + 1))) {
				Atom next = kept.get(++i);
				atom = new Atom(atom.start(), next.end(), atom.fromYear(), next.toYear(), atom.from(), next.to(),
						atom.period() || next.period());
			}
			String normalized = atom.from().equals(atom.to()) ? atom.from() : atom.from() + "/" + atom.to();
			mentions.add(new DateMention(atom.start(), atom.end(), text.substring(atom.start(), atom.end()),
					atom.fromYear(), atom.toYear(), normalized, atom.period()));
		}
		return mentions;
	}

	/**
	 * Every form of date has a year or a decade: without two digits in a row there is
	 * none.
	 */
	private static boolean hasTwoDigitsInARow(String text) {
		for (int i = 1; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static void collect(List<Atom> atoms, Pattern pattern, String text, Function<Matcher, Atom> read) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			Atom atom = read.apply(m);
			if (atom != null) {
				atoms.add(atom);
			}
		}
	}

	private static Atom fullMonthFirst(Matcher m) {
		return day(m, m.group(1), m.group(2), m.group(3));
	}

	private static Atom fullDayFirst(Matcher m) {
		return day(m, m.group(2), m.group(1), m.group(3));
	}

	private static Atom isoDate(Matcher m) {
		int month = Integer.parseInt(m.group(2));
		return (month >= 1 && month <= 12) ? day(m, m.group(3), m.group(1), month) : null;
	}

	private static Atom day(Matcher m, String monthName, String day, String year) {
		return day(m, day, year, month(monthName));
	}

	private static Atom day(Matcher m, String dayText, String yearText, int month) {
		int year = Integer.parseInt(yearText);
		int day = Integer.parseInt(dayText);
		if (day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
			return null;
		}
		String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
		return new Atom(m.start(), m.end(), year, year, iso, iso, false);
	}

	private static Atom monthRange(Matcher m) {
		int year = Integer.parseInt(m.group(3));
		int first = month(m.group(1));
		int last = month(m.group(2));
		if (last < first) {
			return null;
		}
		return new Atom(m.start(), m.end(), year, year, yearMonth(year, first), yearMonth(year, last), false);
	}

	private static Atom monthYear(Matcher m) {
		int year = Integer.parseInt(m.group(2));
		String iso = yearMonth(year, month(m.group(1)));
		return new Atom(m.start(), m.end(), year, year, iso, iso, false);
	}

	private static Atom decade(Matcher m, int decade) {
		String qualifier = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) : "";
		int first = switch (qualifier) {
			case "mid", "middle" -> decade + 4;
			case "late", "later" -> decade + 7;
			default -> decade;
		};
		int last = switch (qualifier) {
			case "early", "earlier" -> decade + 3;
			case "mid", "middle" -> decade + 6;
			default -> decade + 9;
		};
		return new Atom(m.start(), m.end(), first, last, String.valueOf(first), String.valueOf(last), true);
	}

	private static Atom century(Matcher m) {
		int number = (m.group(2) != null) ? Integer.parseInt(m.group(2)) : centuryNumber(m.group(3));
		int[] years = Periods.century(number, m.group(1));
		return new Atom(m.start(), m.end(), years[0], years[1], String.valueOf(years[0]), String.valueOf(years[1]),
				true);
	}

	private static int centuryNumber(String word) {
		return switch (word.toLowerCase(Locale.ROOT).replace(' ', '-')) {
			case "fifteenth" -> 15;
			case "sixteenth" -> 16;
			case "seventeenth" -> 17;
			case "eighteenth" -> 18;
			case "nineteenth" -> 19;
			case "twentieth" -> 20;
			default -> 21;
		};
	}

	private static Atom partOfYear(Matcher m) {
		int year = Integer.parseInt(m.group(2));
		String qualifier = m.group(1).toLowerCase(Locale.ROOT);
		int first = switch (qualifier) {
			case "early" -> 1;
			case "late" -> 9;
			default -> 5;
		};
		return new Atom(m.start(), m.end(), year, year, yearMonth(year, first), yearMonth(year, first + 3), false);
	}

	private static Atom shortRange(Matcher m, String text) {
		int year = Integer.parseInt(m.group(1));
		int end = (year / 100) * 100 + Integer.parseInt(m.group(2));
		if (end <= year || !looksLikeYear(text, m.start(1), m.end())) {
			return null;
		}
		return new Atom(m.start(), m.end(), year, end, String.valueOf(year), String.valueOf(end), false);
	}

	private static Atom bareYear(Matcher m, String text) {
		if (!looksLikeYear(text, m.start(), m.end())) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		return new Atom(m.start(), m.end(), year, year, m.group(1), m.group(1), false);
	}

	/**
	 * Whether the number at [start, end) reads as a year rather than a count, a page or
	 * part of a code.
	 */
	private static boolean looksLikeYear(String text, int start, int end) {
		if (start >= 2 && ",.".indexOf(text.charAt(start - 1)) >= 0 && Character.isDigit(text.charAt(start - 2))) {
			return false;
		}
		if (end < text.length()) {
			char next = text.charAt(end);
			if (next == '%' || next == '°' || Character.isLowerCase(next)) {
				return false;
			}
			if (end + 1 < text.length() && ",.".indexOf(next) >= 0 && Character.isDigit(text.charAt(end + 1))) {
				return false;
			}
		}
		int tokenStart = start;
		while (tokenStart > 0 && start - tokenStart <= MAX_CODE && isCodeChar(text.charAt(tokenStart - 1))) {
			tokenStart--;
		}
		int tokenEnd = end;
		while (tokenEnd < text.length() && tokenEnd - end <= MAX_CODE && isCodeChar(text.charAt(tokenEnd))) {
			tokenEnd++;
		}
		if (start - tokenStart > MAX_CODE || tokenEnd - end > MAX_CODE) {
			return false;
		}
		String token = text.substring(tokenStart, tokenEnd).replaceAll("^-+|-+$", "");
		if (token.split("-").length >= 3) {
			return false;
		}
		if (NUMBERED.matcher(text.substring(Math.max(0, tokenStart - 12), tokenStart)).find()) {
			return false;
		}
		if (YEAR_PREPOSITION.matcher(text.substring(Math.max(0, tokenStart - 8), tokenStart)).find()) {
			return true;
		}
		Matcher word = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 20)));
		return !(word.find() && COUNTED.contains(word.group(1).toLowerCase(Locale.ROOT)));
	}

	private static boolean isCodeChar(char c) {
		return Character.isDigit(c) || c == '-' || c == 'X' || c == 'x';
	}

	/** The leftmost-longest atoms that do not overlap. */
	private static List<Atom> resolve(List<Atom> atoms) {
		List<Atom> sorted = new ArrayList<>(atoms);
		sorted.sort(Comparator.comparingInt(Atom::start).thenComparing(Comparator.comparingInt(Atom::end).reversed()));
		List<Atom> kept = new ArrayList<>();
		int covered = 0;
		for (Atom atom : sorted) {
			if (atom.start() >= covered) {
				kept.add(atom);
				covered = atom.end();
			}
		}
		return kept;
	}

	/**
	 * Whether two atoms form a range: "1953 until 1964", "1944-1956", "between 1937 and
	 * 1953".
	 */
	private static boolean joins(String text, Atom first, Atom second) {
		String between = text.substring(first.end(), second.start());
		if (!CONNECTOR.matcher(between).matches() || second.toYear() < first.fromYear()
				|| second.fromYear() < first.fromYear()) {
			return false;
		}
		if (between.strip().toLowerCase(Locale.ROOT).startsWith("and")) {
			return BETWEEN.matcher(text.substring(Math.max(0, first.start() - 10), first.start())).find();
		}
		return true;
	}

	private static int month(String name) {
		return switch (name.substring(0, 3)) {
			case "Jan" -> 1;
			case "Feb" -> 2;
			case "Mar" -> 3;
			case "Apr" -> 4;
			case "May" -> 5;
			case "Jun" -> 6;
			case "Jul" -> 7;
			case "Aug" -> 8;
			case "Sep" -> 9;
			case "Oct" -> 10;
			case "Nov" -> 11;
			default -> 12;
		};
	}

	private static String yearMonth(int year, int month) {
		return String.format(Locale.ROOT, "%04d-%02d", year, month);
	}

	/**
	 * A single date or period before ranges are joined; {@code from} and {@code to} are
	 * ISO forms; {@code period} says whether it is a decade or a century.
	 */
	private record Atom(int start, int end, int fromYear, int toYear, String from, String to, boolean period) {

	}

}
