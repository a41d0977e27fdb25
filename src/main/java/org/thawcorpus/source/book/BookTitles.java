package org.thawcorpus.source.book;

import java.util.List;
import java.util.regex.Pattern;

import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.TitleCandidate;
import org.thawcorpus.source.TitleRule;
import org.thawcorpus.source.TitleRules;
import org.thawcorpus.source.Titles;

/**
 * Where a book page states its title, and the words of a book site's furniture, for
 * {@link org.thawcorpus.source.TextFurniture}.
 */
final class BookTitles {

	/**
	 * The words of a book site's furniture: its menu's, and the buttons the reader names.
	 */
	static final FurnitureWords WORDS = FurnitureWords.COMMON
		.withWords("site menu", false, "My Books", "Recommendations", "Choice Awards", "Giveaways", "New Releases",
				"News & Interviews", "Ask the Author", "Authors & ads blog")
		.with(BookFurniture::name);

	/** The heading of a page of all of a book's reviews, printed above the title. */
	static final Pattern REVIEWS_FOR = Pattern.compile("(?i)ratings? *(?:&|and) *reviews +for");

	/** How far down a page the title is looked for. */
	private static final int TOP_LINES = 80;

	/** The line under "Ratings & Reviews for" on a page of all of a book's reviews. */
	static final TitleRule AFTER_REVIEWS_FOR = BookTitles::afterReviewsFor;

	/**
	 * A line standing between two of the book's buttons ("Rate this book" above, "Want to
	 * read" or "Rate this book" below), as book pages print the title between the two
	 * copies of their buttons.
	 */
	static final TitleRule BETWEEN_BUTTONS = BookTitles::betweenButtons;

	/**
	 * A line above the ratings summary ("4.12", "203 ratings"), or above the author's
	 * name standing over it, as book pages print their title block.
	 */
	static final TitleRule ABOVE_RATINGS = BookTitles::aboveRatings;

	/** Where a book page states its title, in order of trust. */
	static final List<TitleRule> RULES = List.of(AFTER_REVIEWS_FOR, TitleRules.AFTER_SERIES, BETWEEN_BUTTONS,
			ABOVE_RATINGS, TitleRules.ABOVE_AUTHOR);

	/** A name standing alone: two to five capitalised words. */
	private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?: +\\p{Lu}[\\p{L}.'-]*){1,4}");

	private BookTitles() {
	}

	private static TitleCandidate afterReviewsFor(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (REVIEWS_FOR.matcher(lines.trimmed(n)).matches()) {
				int title = lines.nextNonBlank(n + 1);
				return (title > 0 && Titles.isTitleLike(lines.trimmed(title))
						&& words.word(lines.trimmed(title)) == null)
								? new TitleCandidate(title, n, true, "the line under \"Ratings & Reviews for\"") : null;
			}
		}
		return null;
	}

	private static TitleCandidate aboveRatings(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			int next = lines.nextNonBlank(n + 1);
			if (next < 0 || !isTitle(lines, words, n)) {
				continue;
			}
			String below = lines.trimmed(next);
			int after = lines.nextNonBlank(next + 1);
			if (RatingsSummaryReader.isSummary(below) || (NAME.matcher(below).matches() && after > 0
					&& RatingsSummaryReader.isSummary(lines.trimmed(after)))) {
				return TitleCandidate.at(n, "the line above the ratings summary");
			}
		}
		return null;
	}

	private static boolean isTitle(SourceLines lines, FurnitureWords words, int n) {
		String text = lines.trimmed(n);
		return Titles.isTitleLike(text) && words.word(text) == null && !RatingsSummaryReader.isSummary(text)
				&& ReviewerStats.read(text) == null;
	}

	private static TitleCandidate betweenButtons(SourceLines lines, FurnitureWords words) {
		int previous = -1;
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			int next = lines.nextNonBlank(n + 1);
			String text = lines.trimmed(n);
			if (previous > 0 && next > 0 && BookFurniture.name(lines.trimmed(previous)) != null
					&& BookFurniture.name(lines.trimmed(next)) != null && words.word(text) == null
					&& Titles.isTitleLike(text)) {
				return TitleCandidate.at(n, "the line between the book's buttons");
			}
			previous = n;
		}
		return null;
	}

}
