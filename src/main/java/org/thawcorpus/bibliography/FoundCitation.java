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
 */
public record FoundCitation(int start, int end, String raw, char opener, char closer, CitationData data) {

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

}
