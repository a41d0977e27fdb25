package org.thawcorpus.source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count as a page prints it, grouped by comma, dot, space or apostrophe ("5,107,550",
 * "1.234", "1 234") or abbreviated and so approximate ("15.2k", "2m", "15,2 Tsd."): its
 * value, its printed form and whether the printing is exact.
 *
 * @param value the number; an abbreviation's value ("15.2k" is 15,200)
 * @param printed the count as the page prints it, grouping and abbreviation kept
 * @param exact false for an abbreviated count, which stands for a range ("15.2k" for
 * 15,150 to 15,249): no claim may be checked against it
 */
public record PrintedCount(long value, String printed, boolean exact) {

	private static final String SPACE = "[ \\u00a0\\u202f\\u2009]";

	/** An exact count as printed, for use inside other patterns (no capturing group). */
	public static final String EXACT = "\\d{1,3}(?:,\\d{3})+(?![.,]?\\d)|\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)|\\d{1,3}(?:"
			+ SPACE + "\\d{3})+(?!\\d)|\\d{1,3}(?:['\\u2019]\\d{3})+(?!\\d)|\\d+";

	private static final String UNITS = "[kK]|Tsd\\.?|mil|[mM]|Mio\\.?|Mill?\\.?|Mrd\\.?|[bB]n?";

	/** An abbreviated count as printed ("15.2k", "2m", "15,2 Tsd."). */
	private static final String ABBREVIATED = "\\d{1,3}(?:[.,]\\d{1,2})?" + SPACE + "?(?:" + UNITS + ")(?![\\p{L}\\d])";

	/** A count as printed, exact or abbreviated, for use inside other patterns. */
	public static final String ANY = ABBREVIATED + "|" + EXACT;

	private static final Pattern EXACT_PATTERN = Pattern.compile(EXACT);

	private static final Pattern ABBREVIATED_PATTERN = Pattern
		.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)" + SPACE + "?(" + UNITS + ")");

	private static final Map<String, Long> UNIT_VALUES = Map.of("k", 1_000L, "tsd", 1_000L, "mil", 1_000L, "m",
			1_000_000L, "mio", 1_000_000L, "mill", 1_000_000L, "mrd", 1_000_000_000L, "b", 1_000_000_000L, "bn",
			1_000_000_000L);

	/** The longest run of plain digits read: beyond it a number is no count. */
	private static final int MAX_DIGITS = 18;

	/**
	 * Reads a count as printed; null if the text is none (or too large to hold).
	 * @param text the count, white space around it allowed
	 */
	public static PrintedCount read(String text) {
		if (text == null) {
			return null;
		}
		String printed = text.strip();
		Matcher abbreviated = ABBREVIATED_PATTERN.matcher(printed);
		if (abbreviated.matches()) {
			BigDecimal number = new BigDecimal(abbreviated.group(1).replace(',', '.'));
			Long unit = UNIT_VALUES.get(unitKey(abbreviated.group(2)));
			return new PrintedCount(
					number.multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_UP).longValueExact(),
					printed, false);
		}
		if (!EXACT_PATTERN.matcher(printed).matches()) {
			return null;
		}
		String digits = printed.replaceAll("\\D", "");
		if (digits.length() > MAX_DIGITS) {
			return null;
		}
		return new PrintedCount(Long.parseLong(digits), printed, true);
	}

	private static String unitKey(String unit) {
		return unit.toLowerCase(Locale.ROOT).replace(".", "");
	}

	/** A count's value as an int; null for no count or one too large for an int. */
	public static Integer intOrNull(PrintedCount count) {
		return (count != null) ? count.intValue() : null;
	}

	/** A count as printed; null for no count. */
	public static String printedOrNull(PrintedCount count) {
		return (count != null) ? count.printed() : null;
	}

	/** The value as an int, or null if it is too large for one. */
	public Integer intValue() {
		return (this.value <= Integer.MAX_VALUE) ? Integer.valueOf((int) this.value) : null;
	}

	/** The count as printed. */
	@Override
	public String toString() {
		return this.printed;
	}

}
