package org.thawcorpus.source;

import java.util.List;

/**
 * A section of a document's body.
 *
 * @param title the heading without any glued "Edit", or null for the lead
 * @param headingLine the heading's source line, or null for the lead
 * @param role body text or works cited
 * @param passages the section's paragraphs, in order
 */
public record ParsedSection(String title, Integer headingLine, SectionRole role, List<ParsedPassage> passages) {

	public ParsedSection {
		passages = List.copyOf(passages);
	}

}
