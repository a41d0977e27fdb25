package org.thawcorpus.bibliography;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A person named in a citation.
 *
 * @param family the family name, or null if the name could not be split
 * @param given the given names or initials, or null
 * @param literal the name as printed in the source
 */
public record PersonName(String family, String given, String literal) {

	private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'\u2019-]*\\.?");

	/**
	 * A person's name as a byline or a book page prints it: "Family, Given" split at the
	 * comma; "Given Middle Family" (two to four capitalised words) split before the last
	 * word; any other name kept whole, as printed.
	 */
	public static PersonName parse(String name) {
		String printed = name.strip().replaceAll("\\s+", " ");
		int comma = printed.indexOf(',');
		if (comma > 0 && comma == printed.lastIndexOf(',') && comma < printed.length() - 1) {
			return new PersonName(printed.substring(0, comma).strip(), printed.substring(comma + 1).strip(), printed);
		}
		String[] words = printed.split(" ");
		if (comma < 0 && words.length >= 2 && words.length <= 4
				&& Arrays.stream(words).allMatch((w) -> WORD.matcher(w).matches())
				&& !words[words.length - 1].endsWith(".")) {
			return new PersonName(words[words.length - 1], String.join(" ", Arrays.copyOf(words, words.length - 1)),
					printed);
		}
		return new PersonName(null, null, printed);
	}

	/** "Family, Given" when split, otherwise the literal. */
	public String display() {
		if (this.family == null) {
			return this.literal;
		}
		return (this.given == null) ? this.family : this.family + ", " + this.given;
	}

}
