package org.thawcorpus.citation.parse;

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

	/** Checks an ISBN as printed (hyphens and spaces allowed). */
	public static Isbn check(String raw) {
		// TODO(helper C): checksum, conversion, reasons
		return new Isbn(raw, null, null, false, "not checked");
	}

}
