package org.thawcorpus.review;

import java.util.List;

import org.thawcorpus.document.PassageView;

/**
 * A review ready to render.
 *
 * @param review the review
 * @param paragraphs its paragraphs
 */
public record ReviewView(Review review, List<PassageView> paragraphs) {

	public ReviewView {
		paragraphs = List.copyOf(paragraphs);
	}

}
