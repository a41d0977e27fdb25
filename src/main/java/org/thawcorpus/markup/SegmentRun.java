package org.thawcorpus.markup;

import java.util.List;
import java.util.Locale;

import org.thawcorpus.system.Urls;

/**
 * Segments rendered together: the consecutive segments under one annotation, which become
 * one link, or a single segment under none.
 *
 * @param annotation the annotation mark, or null
 * @param segments the segments, in order
 */
public record SegmentRun(Mark annotation, List<Segment> segments) {

	/** How the value of a period's annotation starts: "period:1950/1953". */
	public static final String PERIOD = "period:";

	/** How the value of a publication date's annotation starts: "publication:1990". */
	public static final String PUBLICATION = "publication:";

	public SegmentRun {
		segments = List.copyOf(segments);
	}

	/** The run's text. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.segments.forEach((s) -> text.append(s.text()));
		return text.toString();
	}

	/** The citation that ends with this run (its marker follows the run), or null. */
	public Mark endingCitation() {
		return this.segments.get(this.segments.size() - 1).endingCitation();
	}

	/** The annotation's layer in lower case ("person", "date"), or null. */
	public String layer() {
		if (this.annotation == null || this.annotation.label() == null) {
			return null;
		}
		String label = this.annotation.label();
		int colon = label.indexOf(':');
		return ((colon > 0) ? label.substring(0, colon) : label).toLowerCase(Locale.ROOT);
	}

	/**
	 * Where the annotation leads: the entity's page; for a date (whose value starts with
	 * its year) the timeline's page of its first year; for a period ("period:1950/1953")
	 * the timeline's page of the period; for a date of publication ("publication:1990")
	 * the citations; null without annotation.
	 */
	public String href() {
		if (this.annotation == null) {
			return null;
		}
		String value = this.annotation.value();
		if (value.startsWith(PERIOD)) {
			return "/timeline/periods/" + Urls.segment(value.substring(PERIOD.length()).replace('/', '-'));
		}
		if (value.startsWith(PUBLICATION)) {
			return "/citations";
		}
		if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
			return "/timeline/" + Urls.segment(value.substring(0, Math.min(4, value.length())));
		}
		return "/entities/" + Urls.segment(value);
	}

}
