package org.thawcorpus.reading;

import java.util.List;

import org.thawcorpus.markup.PassageView;
import org.thawcorpus.source.SectionRole;

/**
 * A section ready to render.
 *
 * @param title the heading, or null for the lead
 * @param role body text or works cited
 * @param headingLine the heading's source line, or null
 * @param passages the section's passages
 */
public record SectionView(String title, SectionRole role, Integer headingLine, List<PassageView> passages) {

	public SectionView {
		passages = List.copyOf(passages);
	}

	/** An id for the section's heading, for links. */
	public String headingId() {
		return (this.headingLine != null) ? "s" + this.headingLine : null;
	}

}
