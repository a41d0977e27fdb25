package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.List;

import org.thawcorpus.source.ParsedPassage;

/**
 * A comment present under a blog post.
 *
 * @param anchor "c1", "c2", ... in page order
 * @param number the number printed before the comment, or null
 * @param author the commenter's name when the copy shows it, or null; for a pingback, the
 * linking page as printed ("Title | Site")
 * @param date the comment's date when the copy shows it, or null
 * @param firstLine first source line
 * @param lastLine last source line
 * @param paragraphs the comment's paragraphs, anchors "c1-1", "c1-2", ...
 * @param replyTo the anchor of the comment this one replies to, or null for a comment on
 * the post itself
 * @param pingback whether this is a pingback or trackback from another page rather than a
 * reader's comment
 */
public record ParsedComment(String anchor, Integer number, String author, LocalDate date, int firstLine, int lastLine,
		List<ParsedPassage> paragraphs, String replyTo, boolean pingback) {

	/**
	 * An author's name longer than the corpus stores names is left out, as unreadable.
	 */
	public ParsedComment {
		paragraphs = List.copyOf(paragraphs);
		author = (author != null && author.length() > 500) ? null : author;
	}

}
