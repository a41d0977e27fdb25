package org.thawcorpus.reading;

import java.util.List;

import org.thawcorpus.document.SourceLine;
import org.thawcorpus.markup.PassageMarkup;
import org.thawcorpus.markup.Segment;
import org.thawcorpus.source.LineRole;

/**
 * A line of a source as the source view shows it.
 *
 * @param line its number
 * @param text the line exactly as it stands in the source
 * @param role what it became
 * @param label the field or furniture it is, or null
 * @param anchor the anchor of the passage, review or comment it became part of, or null
 * @param element for a page's text block, where its element sits; else null
 * @param sourceLine for a page's text block, the line of the file it starts on; else null
 * @param markup for a page's text block, its markup as the file holds it, to be shown
 * escaped; else null
 * @param segments the text cut into runs by language (quoted Russian, IPA); joined, they
 * are the text, unaltered
 */
public record SourceLineView(int line, String text, LineRole role, String label, String anchor, String element,
		Integer sourceLine, String markup, List<Segment> segments) {

	public SourceLineView {
		segments = List.copyOf(segments);
	}

	static SourceLineView of(SourceLine line) {
		return new SourceLineView(line.getLine(), line.getText(), line.getRole(), line.getLabel(), line.getAnchor(),
				line.getElement(), line.getSourceLine(), line.getMarkup(),
				PassageMarkup.segments(line.getText(), PassageMarkup.languageRuns(line.getText())));
	}

}
