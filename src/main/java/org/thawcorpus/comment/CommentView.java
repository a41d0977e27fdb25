package org.thawcorpus.comment;

import java.util.List;

import org.thawcorpus.document.PassageView;

/**
 * A comment ready to render.
 *
 * @param comment the comment
 * @param paragraphs its paragraphs
 */
public record CommentView(Comment comment, List<PassageView> paragraphs) {

	public CommentView {
		paragraphs = List.copyOf(paragraphs);
	}

	/** The comment's paragraphs joined by blank lines. */
	public String text() {
		return String.join("\n\n", this.paragraphs.stream().map(PassageView::text).toList());
	}

}
