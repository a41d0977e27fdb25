package org.thawcorpus.source;

import java.util.List;

import org.thawcorpus.bibliography.FoundCitation;

/**
 * A paragraph of text: of the document's body, of a works-cited list, of a review or of a
 * comment.
 *
 * @param anchor stable within the document ("p3", "w1", "r2-1", "c4-1")
 * @param text the original text; lines of a multi-line paragraph joined by "\n"
 * @param firstLine first source line
 * @param lastLine last source line
 * @param citations citations found in the text, offsets relative to {@code text}
 */
public record ParsedPassage(String anchor, String text, int firstLine, int lastLine, List<FoundCitation> citations) {

	public ParsedPassage {
		citations = List.copyOf(citations);
	}

	public ParsedPassage(String anchor, String text, int firstLine, int lastLine) {
		this(anchor, text, firstLine, lastLine, List.of());
	}

}
