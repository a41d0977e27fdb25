package org.thawcorpus.reading;

import java.time.LocalDate;
import java.util.List;

import org.thawcorpus.document.Comment;
import org.thawcorpus.markup.PassageView;

/**
 * A comment ready to render.
 *
 * @param anchor its anchor ("c3")
 * @param number the number printed before it, or null
 * @param author the commenter, or null; for a pingback the linking page
 * @param date its date, or null
 * @param replyTo the anchor of the comment it replies to, or null
 * @param pingback whether another page's link rather than a reader's comment
 * @param paragraphs its paragraphs (on the page)
 * @param continued whether the comment began on an earlier page
 */
public record CommentView(String anchor, Integer number, String author, LocalDate date, String replyTo,
		boolean pingback, List<PassageView> paragraphs, boolean continued) {

	public CommentView {
		paragraphs = List.copyOf(paragraphs);
	}

	static CommentView of(Comment c, List<PassageView> paragraphs, boolean continued) {
		return new CommentView(c.getAnchor(), c.getNumber(), c.getAuthor(), c.getDate(), c.getReplyTo(), c.isPingback(),
				paragraphs, continued);
	}

	/** The comment's paragraphs joined by blank lines. */
	public String text() {
		return String.join("\n\n", this.paragraphs.stream().map(PassageView::text).toList());
	}

}
