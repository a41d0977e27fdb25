package org.thawcorpus.bibliography;

/**
 * A citation found in a passage.
 *
 * @param start offset of the opening bracket (or of the entry) in the passage text
 * @param end offset just after the closing bracket (or the entry)
 * @param raw the citation's text as it stands, brackets included
 * @param opener the opening bracket, or 0 for a works-cited entry
 * @param closer the closing bracket, or 0 for a works-cited entry or an unclosed citation
 * @param data the parsed fields
 * @param entry for a footnote marker, the works-cited entry it points to (whose fields
 * {@code data} carries); null for any other citation
 */
public record FoundCitation(int start, int end, String raw, char opener, char closer, CitationData data,
		CitedEntry entry) {

	/**
	 * The longest citation text kept: a longer bracketed span or list entry is not taken
	 * as a citation (the citations table's raw column holds this many characters).
	 */
	public static final int MAX_LENGTH = 10_000;

	/** A citation that is not a footnote marker. */
	public FoundCitation(int start, int end, String raw, char opener, char closer, CitationData data) {
		this(start, end, raw, opener, closer, data, null);
	}

	/**
	 * True when the citation was opened and closed by a matching pair of brackets, or had
	 * none.
	 */
	public boolean bracketsMatch() {
		return switch (this.opener) {
			case 0 -> true;
			case '(' -> this.closer == ')';
			case '[' -> this.closer == ']';
			case '{' -> this.closer == '}';
			default -> false;
		};
	}

	/**
	 * The text that names the cited work when its fields do not: the entry's for a
	 * footnote marker, else the citation's own.
	 */
	public String workText() {
		return (this.entry != null) ? this.entry.raw() : this.raw;
	}

}
