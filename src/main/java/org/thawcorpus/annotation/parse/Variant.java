package org.thawcorpus.annotation.parse;

/**
 * One spelling under which a register entry is recognised, as the register writes it: a
 * plain spelling matches in any case; {@code =Spelling} only in the case written;
 * {@code ?Spelling} only in the case written, not opening a sentence, and in a sentence
 * that also names something the entry's context asks for.
 *
 * @param text the spelling without its marker
 * @param exactCase whether letter case must match as written
 * @param guarded whether the spelling needs a context to count
 */
public record Variant(String text, boolean exactCase, boolean guarded) {

	/**
	 * Reads a spelling with its marker, if any.
	 * @throws IllegalArgumentException if nothing is left once the marker is removed
	 */
	public static Variant parse(String written) {
		String text = written.strip();
		boolean guarded = text.startsWith("?");
		boolean exactCase = guarded || text.startsWith("=");
		if (exactCase) {
			text = text.substring(1).strip();
		}
		if (text.isEmpty()) {
			throw new IllegalArgumentException("A variant is empty: \"" + written + "\".");
		}
		return new Variant(text, exactCase, guarded);
	}

	/** The spelling as the register writes it, marker included. */
	public String written() {
		return (this.guarded ? "?" : this.exactCase ? "=" : "") + this.text;
	}

}
