package org.thawcorpus.review;

import java.time.LocalDate;
import java.util.List;

import org.thawcorpus.document.Review;
import org.thawcorpus.markup.PassageView;

/**
 * A review ready to render; see {@link Review} for what each value is. A count's printed
 * form ("15.2k"), where kept, is what the pages show.
 *
 * @param paragraphs its paragraphs
 */
public record ReviewView(String anchor, int position, String reviewer, boolean reviewerIsAuthor, Integer reviewerBooks,
		Integer reviewerReviews, Integer reviewerFollowers, LocalDate date, Integer rating, String shelf,
		boolean spoiler, Integer likes, Integer commentCount, int firstLine, int lastLine, List<PassageView> paragraphs,
		String reviewerBooksPrinted, String reviewerReviewsPrinted, String reviewerFollowersPrinted) {

	/** How many paragraphs of a review are shown before the rest is behind "More". */
	public static final int SHOWN = 3;

	public ReviewView {
		paragraphs = List.copyOf(paragraphs);
	}

	/** The paragraphs shown before "More" (of a review not hidden for spoilers). */
	public List<PassageView> opening() {
		return this.paragraphs.subList(0, Math.min(SHOWN, this.paragraphs.size()));
	}

	/** The paragraphs behind "More". */
	public List<PassageView> more() {
		return this.paragraphs.subList(Math.min(SHOWN, this.paragraphs.size()), this.paragraphs.size());
	}

	static ReviewView of(Review r, List<PassageView> paragraphs) {
		return new ReviewView(r.getAnchor(), r.getPosition(), r.getReviewer(), r.isReviewerIsAuthor(),
				r.getReviewerBooks(), r.getReviewerReviews(), r.getReviewerFollowers(), r.getDate(), r.getRating(),
				r.getShelf(), r.isSpoiler(), r.getLikes(), r.getCommentCount(), r.getFirstLine(), r.getLastLine(),
				paragraphs, r.getReviewerBooksPrinted(), r.getReviewerReviewsPrinted(),
				r.getReviewerFollowersPrinted());
	}

}
