package org.thawcorpus.bibliography;

/**
 * A person named in a citation.
 *
 * @param family the family name, or null if the name could not be split
 * @param given the given names or initials, or null
 * @param literal the name as printed in the source
 */
public record PersonName(String family, String given, String literal) {

	/** "Family, Given" when split, otherwise the literal. */
	public String display() {
		if (this.family == null) {
			return this.literal;
		}
		return (this.given == null) ? this.family : this.family + ", " + this.given;
	}

}
