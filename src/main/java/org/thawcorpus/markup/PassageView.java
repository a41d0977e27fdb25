package org.thawcorpus.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage ready to render.
 *
 * @param anchor the stable anchor ("p3", "r2-1")
 * @param number the passage's number among the document's body passages, or null for
 * others
 * @param text the original text
 * @param firstLine first source line
 * @param lastLine last source line
 * @param segments the text cut into marked runs
 * @param citations the citations in the passage, in order
 */
public record PassageView(String anchor, Integer number, String text, int firstLine, int lastLine,
		List<Segment> segments, List<CitationRef> citations) {

	public PassageView {
		segments = List.copyOf(segments);
		citations = List.copyOf(citations);
	}

	/**
	 * The segments grouped for rendering: consecutive segments under the same annotation
	 * form one run, every other segment is a run of its own.
	 */
	public List<SegmentRun> runs() {
		List<SegmentRun> runs = new ArrayList<>();
		List<Segment> pending = new ArrayList<>();
		Mark current = null;
		for (Segment segment : this.segments) {
			Mark annotation = segment.annotation();
			if (!pending.isEmpty() && (annotation == null || !annotation.equals(current))) {
				runs.add(new SegmentRun(current, pending));
				pending.clear();
			}
			pending.add(segment);
			current = annotation;
		}
		if (!pending.isEmpty()) {
			runs.add(new SegmentRun(current, pending));
		}
		return runs;
	}

	/**
	 * The anchor of the works-cited entry that the citation of that id points to, in the
	 * same document (a saved wiki page's footnote marker), or null.
	 */
	public String entryOf(String citationId) {
		for (CitationRef citation : this.citations) {
			if (String.valueOf(citation.id()).equals(citationId)) {
				return citation.entryAnchor();
			}
		}
		return null;
	}

	/**
	 * A citation as the reading view shows it.
	 *
	 * @param id the citation's id
	 * @param number its number within the document
	 * @param raw its text as it stands
	 * @param entryAnchor the anchor of the works-cited entry its marker points to, or
	 * null
	 */
	public record CitationRef(long id, int number, String raw, String entryAnchor) {

	}

}
