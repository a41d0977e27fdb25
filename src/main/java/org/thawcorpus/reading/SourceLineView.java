package org.thawcorpus.reading;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.document.SourceLine;
import org.thawcorpus.markup.Mark;
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
 * @param segments the text cut into runs by language (quoted Russian, IPA) and by the
 * citations in it; joined, they are the text, unaltered
 * @param became what the line became in a reader's words ("The heading “Aftermath”",
 * "Passage 3 with citations 1 and 2")
 */
public record SourceLineView(int line, String text, LineRole role, String label, String anchor, String element,
		Integer sourceLine, String markup, List<Segment> segments, String became) {

	public SourceLineView {
		segments = List.copyOf(segments);
	}

	/** A line with the plain words for what it became and no citations marked. */
	static SourceLineView of(SourceLine line) {
		return of(line, SourceLineWords.plain(line, null), List.of());
	}

	/**
	 * A line with what it became in a reader's words and the citations in it.
	 * @param citations marks of the citations in the line, at offsets of its text
	 */
	static SourceLineView of(SourceLine line, String became, List<Mark> citations) {
		List<Mark> marks = new ArrayList<>(PassageMarkup.languageRuns(line.getText()));
		marks.addAll(citations);
		return new SourceLineView(line.getLine(), line.getText(), line.getRole(), line.getLabel(), line.getAnchor(),
				line.getElement(), line.getSourceLine(), line.getMarkup(),
				PassageMarkup.segments(line.getText(), marks), became);
	}

}
