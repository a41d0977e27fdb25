package org.thawcorpus.reading;

import org.thawcorpus.system.BadRequestException;

/**
 * A range of source lines, from a parameter such as "12" or "12-15".
 *
 * @param first the first line
 * @param last the last line, not before the first
 */
public record LineRange(int first, int last) {

	/**
	 * Reads a range parameter; null or blank gives null.
	 * @throws BadRequestException if the value is not a line or a range of lines
	 */
	public static LineRange parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.matches("\\d{1,9}")) {
			int line = Integer.parseInt(v);
			return checked(line, line, v);
		}
		if (v.matches("\\d{1,9}-\\d{1,9}")) {
			String[] parts = v.split("-");
			return checked(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), v);
		}
		throw new BadRequestException("The lines to show must be a line number such as 12 or a range such as 12-15; \""
				+ abbreviate(v) + "\" is neither.");
	}

	private static LineRange checked(int first, int last, String value) {
		if (first < 1 || last < first) {
			throw new BadRequestException("The line range \"" + value
					+ "\" is empty or starts before line 1; give the first line, then a later or equal last line.");
		}
		return new LineRange(first, last);
	}

	/**
	 * Reads one line or block number from a path.
	 * @param value the number as given
	 * @param unit what is numbered ("block")
	 * @throws BadRequestException if the value is not a number from 1
	 */
	public static int parseNumber(String value, String unit) {
		if (value != null && value.matches("\\d{1,9}") && Integer.parseInt(value) >= 1) {
			return Integer.parseInt(value);
		}
		throw new BadRequestException("A " + unit + " is given by its number, 1 or more; \""
				+ abbreviate(String.valueOf(value)) + "\" is not one.");
	}

	public boolean contains(int line) {
		return line >= this.first && line <= this.last;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
