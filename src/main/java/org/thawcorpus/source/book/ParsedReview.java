package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.List;

import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.PrintedCount;

/**
 * A review present in a book page's copy.
 *
 * @param anchor "r1", "r2", ... in page order
 * @param reviewer the reviewer's name as shown
 * @param reviewerIsAuthor whether the page marks the reviewer as an author
 * @param reviewerBooks books the reviewer has written, as printed, or null if not shown
 * @param reviewerReviews reviews the reviewer has written, as printed, or null if not
 * shown
 * @param reviewerFollowers the reviewer's followers, as printed ("15.2k"), or null if not
 * shown
 * @param date the review's date, or null if not shown or unreadable
 * @param rating stars 1-5 when the copy shows them, null when unrated
 * @param shelf the shelf line ("Read", "Currently reading", "Want to read"), or null
 * @param spoiler whether the page hid the review because of spoilers
 * @param firstLine first source line of the review (its header)
 * @param lastLine last source line of the review
 * @param paragraphs each non-blank line of the body, anchors "r1-1", "r1-2", ...
 * @param likes the likes printed under the review ("12 likes"), or null if not shown
 * @param comments the comments printed under the review ("3 comments"), or null if not
 * shown
 */
public record ParsedReview(String anchor, String reviewer, boolean reviewerIsAuthor, PrintedCount reviewerBooks,
		PrintedCount reviewerReviews, PrintedCount reviewerFollowers, LocalDate date, Integer rating, String shelf,
		boolean spoiler, int firstLine, int lastLine, List<ParsedPassage> paragraphs, Integer likes, Integer comments) {

	public ParsedReview {
		paragraphs = List.copyOf(paragraphs);
	}

}
