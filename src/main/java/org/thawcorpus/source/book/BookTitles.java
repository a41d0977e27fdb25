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
	 * name standing over it, as book pages print their title block; a reviewer's name
	 * above the reviewer's "12 reviews" is none.
	 */
	static final TitleRule ABOVE_RATINGS = BookTitles::aboveRatings;

	/** Where a book page states its title, in order of trust. */
	static final List<TitleRule> RULES = List.of(AFTER_REVIEWS_FOR, TitleRules.AFTER_SERIES, BETWEEN_BUTTONS,
			ABOVE_RATINGS, TitleRules.ABOVE_AUTHOR);

	/** A capitalised word of a name ("Saint-Exupéry", "J.R.R."). */
	private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'-]*";

	/**
	 * A person's name: capitalised words with small particles between them ("Antoine de
	 * Saint-Exupéry"), and a role after it ("(Illustrator)").
	 */
	private static final String PERSON = NAME_WORD + "(?: +(?:\\p{Ll}{1,4} +){0,2}" + NAME_WORD + "){0,5}"
			+ "(?: *\\([^()]{1,40}\\))?";

	/** The contributors printed under a title: people's names separated by commas. */
	private static final Pattern CONTRIBUTORS = Pattern.compile(PERSON + "(?: *, *" + PERSON + "){0,9}");

	private BookTitles() {
	}

	private static TitleCandidate afterReviewsFor(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			if (REVIEWS_FOR.matcher(lines.trimmed(n)).matches()) {
				int title = lines.nextNonBlank(n + 1);
				return (title > 0 && Titles.isTitleLike(lines.trimmed(title)) && !isButton(lines.trimmed(title), words))
						? new TitleCandidate(title, n, true, "the line under \"Ratings & Reviews for\"") : null;
			}
		}
		return null;
	}

	private static TitleCandidate aboveRatings(SourceLines lines, FurnitureWords words) {
		int seen = 0;
		for (int n = lines.nextNonBlank(1); n > 0 && seen < TOP_LINES; n = lines.nextNonBlank(n + 1), seen++) {
			int next = lines.nextNonBlank(n + 1);
			if (next < 0 || !isTitle(lines, n)) {
				continue;
			}
			String below = lines.trimmed(next);
			int after = lines.nextNonBlank(next + 1);
			boolean aboveContributors = isContributors(below) && after > 0 && isBookSummary(lines.trimmed(after));
			boolean furniture = words.word(lines.trimmed(n)) != null;
			if (aboveContributors && !isButton(lines.trimmed(n), words) || !furniture && isBookSummary(below)) {
				return TitleCandidate.at(n, "the line above the ratings summary");
			}
		}
		return null;
	}

	/**
	 * Whether a line reads as the book's contributors: "Anna Vos", "Antoine de
	 * Saint-Exupéry", "Charles Dickens, Hablot Knight Browne (Illustrator)".
	 */
	static boolean isContributors(String trimmed) {
		return CONTRIBUTORS.matcher(trimmed).matches();
	}

	/**
	 * A ratings summary of the book, not a reviewer's count of reviews ("12 reviews")
	 * under the reviewer's name.
	 */
	private static boolean isBookSummary(String trimmed) {
		return RatingsSummaryReader.isSummary(trimmed) && ReviewerStats.read(trimmed) == null;
	}

	/**
	 * Whether a line could be the title; a word of the site's menu may be one ("Home")
	 * where the book's contributors and ratings stand under it.
	 */
	private static boolean isTitle(SourceLines lines, int n) {
		String text = lines.trimmed(n);
		return Titles.isTitleLike(text) && !RatingsSummaryReader.isSummary(text) && ReviewerStats.read(text) == null;
	}

	/** Whether a line is one of the book's buttons ("Want to read"), never its title. */
	private static boolean isButton(String trimmed, FurnitureWords words) {
		FurnitureWords.Word word = words.word(trimmed);
		return word != null && word.kinds();
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
