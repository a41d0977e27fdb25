package org.thawcorpus.citation.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as far as it is known: a year, a month of a year, or a day.
 *
 * @param year the year
 * @param month the month (1 to 12), or null
 * @param day the day of the month, or null (always null without a month)
 */
public record PartialDate(int year, Integer month, Integer day) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (month == null && day != null) {
			throw new IllegalArgumentException("A day needs a month");
		}
		if (month != null) {
			LocalDate.of(year, month, (day != null) ? day : 1);
		}
	}

	/** A whole day. */
	public static PartialDate of(LocalDate date) {
		return (date != null) ? new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()) : null;
	}

	/** A year alone. */
	public static PartialDate ofYear(Integer year) {
		return (year != null) ? new PartialDate(year, null, null) : null;
	}

	/**
	 * Reads "2018", "2018-07" or "2018-07-29".
	 * @return the date, or null if the text is none of these or names no real day
	 */
	public static PartialDate parse(String text) {
		Matcher m = (text != null) ? ISO.matcher(text.strip()) : null;
		if (m == null || !m.matches()) {
			return null;
		}
		try {
			return new PartialDate(Integer.parseInt(m.group(1)),
					(m.group(2) != null) ? Integer.valueOf(m.group(2)) : null,
					(m.group(3) != null) ? Integer.valueOf(m.group(3)) : null);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** "2018", "2018-07" or "2018-07-29". */
	public String iso() {
		StringBuilder out = new StringBuilder(String.format("%04d", this.year));
		if (this.month != null) {
			out.append(String.format("-%02d", this.month));
		}
		if (this.day != null) {
			out.append(String.format("-%02d", this.day));
		}
		return out.toString();
	}

	/** The parts CSL's {@code date-parts} hold: year, then month and day where known. */
	public int[] parts() {
		if (this.month == null) {
			return new int[] { this.year };
		}
		return (this.day == null) ? new int[] { this.year, this.month } : new int[] { this.year, this.month, this.day };
	}

	@Override
	public String toString() {
		return iso();
	}

}
