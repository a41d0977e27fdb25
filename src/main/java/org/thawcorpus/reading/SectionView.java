package org.thawcorpus.reading;

import java.util.List;

import org.thawcorpus.document.Section;
import org.thawcorpus.markup.PassageView;
import org.thawcorpus.source.SectionRole;

/**
 * A section, or the part of it a page holds, ready to render.
 *
 * @param title the heading, or null for the lead
 * @param role body text or works cited
 * @param headingLine the heading's source line, or null
 * @param passages the section's passages on the page
 * @param continued whether the section began on an earlier page
 */
public record SectionView(String title, SectionRole role, Integer headingLine, List<PassageView> passages,
		boolean continued) {

	public SectionView {
		passages = List.copyOf(passages);
	}

	/** A whole section. */
	public SectionView(String title, SectionRole role, Integer headingLine, List<PassageView> passages) {
		this(title, role, headingLine, passages, false);
	}

	/**
	 * An id for the section's heading, for links; null on the pages that continue it, so
	 * that only one page holds it.
	 */
	public String headingId() {
		return this.continued ? null : Section.headingId(this.headingLine);
	}

}
