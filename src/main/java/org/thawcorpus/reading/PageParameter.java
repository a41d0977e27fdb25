package org.thawcorpus.reading;

import java.math.BigInteger;

import org.thawcorpus.system.BadRequestException;

/**
 * The page parameter of the reading view and its JSON, from 1. A number too large for any
 * document is kept as written, to be answered as a page past the end, never overflowing.
 *
 * @param number the page, Integer.MAX_VALUE for any larger number
 * @param given the number as written, for messages
 */
public record PageParameter(int number, String given) {

	public static final PageParameter FIRST = new PageParameter(1, "1");

	/**
	 * Reads the parameter; absent or blank means the first page.
	 * @throws BadRequestException if it is no whole number of 1 or more
	 */
	public static PageParameter parse(String value) {
		if (value == null || value.isBlank()) {
			return FIRST;
		}
		String given = value.strip();
		if (!given.matches("[+-]?[0-9]+")) {
			throw new BadRequestException(
					"The page must be a whole number, 1 or more; \"" + abbreviate(given) + "\" is not.");
		}
		BigInteger number = new BigInteger(given);
		if (number.signum() <= 0) {
			throw new BadRequestException("The page number must be 1 or more; " + abbreviate(given) + " is not.");
		}
		return new PageParameter((number.bitLength() < Integer.SIZE) ? number.intValue() : Integer.MAX_VALUE,
				abbreviate(number.toString()));
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
