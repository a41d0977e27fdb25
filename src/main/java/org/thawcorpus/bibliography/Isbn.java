package org.thawcorpus.bibliography;

import com.github.ladutsko.isbn.ISBN;
import com.github.ladutsko.isbn.ISBNException;

/**
 * An ISBN as printed, checked: its ISBN-13 and ISBN-10 forms where they exist, whether
 * its checksum holds, and if not, why. An invalid ISBN is kept as printed, never
 * repaired.
 *
 * @param raw the ISBN as printed
 * @param isbn13 the 13-digit form without hyphens, or null if the ISBN is invalid
 * @param isbn10 the 10-digit form without hyphens, or null if none exists (979 prefix) or
 * the ISBN is invalid
 * @param valid whether the ISBN's length, characters and checksum are right
 * @param problem why it is invalid, or null
 */
public record Isbn(String raw, String isbn13, String isbn10, boolean valid, String problem) {

	/**
	 * Checks an ISBN as printed. Hyphens and spaces between digits are allowed, a lower
	 * case x is read as the check digit X; anything else (a leading "ISBN" included) is
	 * an invalid character. Null or blank input is invalid.
	 */
	public static Isbn check(String raw) {
		if (raw == null || raw.isBlank()) {
			return invalid(raw, "no ISBN given");
		}
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c == 'X' || c == 'x') {
				digits.append('X');
			}
			else if (c != '-' && c != ' ' && c != '\u2010' && c != '\u2011' && c != '\u00A0') {
				return invalid(raw, "invalid character '" + c + "'");
			}
		}
		String number = digits.toString();
		if (number.length() != 10 && number.length() != 13) {
			return invalid(raw, "10 or 13 digits expected, found " + number.length());
		}
		int x = number.indexOf('X');
		if (x >= 0 && (number.length() == 13 || x != 9)) {
			return invalid(raw, "X may only be the last character of an ISBN-10");
		}
		if (number.length() == 13 && !number.startsWith("978") && !number.startsWith("979")) {
			return invalid(raw, "ISBN-13 must start with 978 or 979");
		}
		try {
			String expected = ISBN.calculateCheckDigit(number);
			String actual = number.substring(number.length() - 1);
			if (!expected.equals(actual)) {
				return invalid(raw, "checksum digit should be " + expected + ", not " + actual);
			}
			ISBN parsed = ISBN.parseIsbn(number);
			return new Isbn(raw, parsed.getIsbn13(), parsed.getIsbn10(), true, null);
		}
		catch (ISBNException ex) {
			return invalid(raw, "not a well-formed ISBN");
		}
	}

	private static Isbn invalid(String raw, String problem) {
		return new Isbn(raw, null, null, false, problem);
	}

	/**
	 * The ISBN-13 hyphenated after the ISBN agency's ranges ("978-0-306-40615-7"), or
	 * null if the ISBN is invalid or its range is not in the agency's list the library
	 * ships.
	 */
	public String hyphenated() {
		return this.valid ? IsbnRanges.hyphenate(this.isbn13) : null;
	}

	/**
	 * The ISBN-10 hyphenated after the ISBN agency's ranges ("0-306-40615-2"), or null if
	 * there is no ISBN-10 or its range is unknown.
	 */
	public String hyphenated10() {
		String thirteen = hyphenated();
		if (thirteen == null || this.isbn10 == null) {
			return null;
		}
		String body = thirteen.substring("978-".length(), thirteen.length() - 1);
		return body + this.isbn10.charAt(9);
	}

}
