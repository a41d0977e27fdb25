package org.thawcorpus.source.blog;

import java.util.List;

import org.thawcorpus.source.ParsedPart;

/**
 * The comments present under a post, in page order, and the count the page claims.
 *
 * @param claimed the comment count the page claims, or null if it claims none
 * @param comments the comments present
 */
public record ParsedComments(Integer claimed, List<ParsedComment> comments) implements ParsedPart {

	public ParsedComments {
		comments = List.copyOf(comments);
	}

}
