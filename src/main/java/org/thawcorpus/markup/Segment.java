package org.thawcorpus.markup;

import java.util.List;

/**
 * A run of a passage's text under the same marks. Rendering a passage renders its
 * segments in order; their texts joined are the passage's text, unaltered.
 *
 * @param text the run's text
 * @param marks the marks that cover the whole run
 * @param endingCitation the citation that ends with this run (its marker follows it), or
 * null
 */
public record Segment(String text, List<Mark> marks, Mark endingCitation) {

	public Segment {
		marks = List.copyOf(marks);
	}

	/** The language tag of the run, or null for the page's language. */
	public String lang() {
		return value(find(Mark.Type.LANG));
	}

	/** The id of the citation the run is part of, or null. */
	public String citation() {
		return value(find(Mark.Type.CITATION));
	}

	/** The annotation the run is part of, or null. */
	public Mark annotation() {
		return find(Mark.Type.ANNOTATION);
	}

	public boolean isHighlighted() {
		return find(Mark.Type.HIGHLIGHT) != null;
	}

	private Mark find(Mark.Type type) {
		for (Mark mark : this.marks) {
			if (mark.type() == type) {
				return mark;
			}
		}
		return null;
	}

	private static String value(Mark mark) {
		return (mark != null) ? mark.value() : null;
	}

}
