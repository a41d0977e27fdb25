package org.thawcorpus.importer.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.thawcorpus.citation.parse.CitationFinder;
import org.thawcorpus.citation.parse.FoundCitation;
import org.thawcorpus.document.DocumentKind;

/**
 * Recognises the kind of page a source is a copy of from its content alone, never from
 * its file name.
 * <p>
 * Each kind scores the structural markers found in the text (a book page's "Rate this
 * book" and star histogram, a blog's comments header and reply form, an article's edit
 * links and ISBN citations). The best score wins if it reaches {@link #ENOUGH} and beats
 * every other kind; otherwise the source is plain text, with a reason naming what was
 * (not) found.
 */
public final class KindDetector {

	/** The least score that makes a kind. */
	static final int ENOUGH = 3;

	private static final Pattern STAR_LINE = Pattern.compile("[1-5] stars?");

	private static final Pattern COUNT_PERCENT = Pattern.compile("(?:" + Values.COUNT + ") \\(\\d{1,3}%\\)");

	private static final Pattern REVIEWS_SHOWN = Pattern
		.compile("Displaying \\d+ - \\d+ of (?:" + Values.COUNT + ") reviews?");

	private static final Pattern PAGES_FORMAT = Pattern.compile("(?:" + Values.COUNT + ") pages(?:, .+)?");

	private static final Pattern BOOK_SECTION = Pattern.compile(
			"Community Reviews|Ratings & Reviews|Friends & Following|Jump to ratings and reviews|About the author");

	private static final Pattern WORKS_CITED = Pattern.compile("(?i)works? cited\\s*:?");

	private static final Pattern NUMBERED = Pattern.compile("\\d{1,4}[.)]\\s+\\S.*");

	private static final Pattern TRAILER = Pattern
		.compile("(?i)(?:references|see also|external links|further reading)(?:Edit|\\s*\\[\\s*edit\\s*\\])?");

	private KindDetector() {
	}

	public static Detection detect(SourceLines lines) {
		Tally tally = new Tally();
		for (int n = 1; n <= lines.count(); n++) {
			if (!lines.isBlank(n)) {
				tally.count(lines, n);
			}
		}
		List<Score> scores = new ArrayList<>(List.of(tally.article(), tally.blog(), tally.book()));
		scores.sort(Comparator.comparingInt(Score::points).reversed());
		Score best = scores.get(0);
		Score second = scores.get(1);
		if (best.points() >= ENOUGH && best.points() > second.points()) {
			return new Detection(best.kind(), join(best.evidence()));
		}
		if (best.points() == 0) {
			return new Detection(DocumentKind.TEXT, "no structural markers of an article, blog post or book page");
		}
		if (best.points() >= ENOUGH) {
			return new Detection(DocumentKind.TEXT,
					"the markers are mixed: " + best.describe() + " against " + second.describe());
		}
		List<String> weak = scores.stream().filter((score) -> score.points() > 0).map(Score::describe).toList();
		return new Detection(DocumentKind.TEXT, "too few markers of any kind of page, only " + join(weak));
	}

	private static String join(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** A kind's score and the evidence behind it. */
	private record Score(DocumentKind kind, int points, List<String> evidence) {

		String describe() {
			return join(this.evidence) + " (" + this.kind.label().toLowerCase(Locale.ROOT) + ")";
		}

	}

	/** Counts of each marker seen. */
	private static final class Tally {

		int rateThisBook;

		int starLines;

		int percentLines;

		int reviewsShown;

		int profiles;

		int pagesFormat;

		int firstPublished;

		int bookSections;

		int ratingsSummaries;

		int genreLabels;

		int commentsHeaders;

		int replyForms;

		int printFriendly;

		int shareButtons;

		int worksCited;

		int says;

		int numberedComments;

		int editHeadings;

		int isbnCitations;

		int trailers;

		boolean lead;

		int contentLines;

		void count(SourceLines lines, int n) {
			String t = lines.trimmed(n);
			this.contentLines += (ArticleShapes.furniture(t) != null) ? 0 : 1;
			this.rateThisBook += (t.equals("Rate this book")) ? 1 : 0;
			this.starLines += STAR_LINE.matcher(t).matches() ? 1 : 0;
			this.percentLines += COUNT_PERCENT.matcher(t).matches() ? 1 : 0;
			this.reviewsShown += REVIEWS_SHOWN.matcher(t).matches() ? 1 : 0;
			this.profiles += t.startsWith("Profile Image for ") ? 1 : 0;
			this.pagesFormat += PAGES_FORMAT.matcher(t).matches() ? 1 : 0;
			this.firstPublished += t.startsWith("First published ") ? 1 : 0;
			this.bookSections += BOOK_SECTION.matcher(t).matches() ? 1 : 0;
			boolean summary = t.toLowerCase(Locale.ROOT).contains("rating") && RatingsSummaryReader.isSummary(t);
			this.ratingsSummaries += summary ? 1 : 0;
			this.genreLabels += BookGenresReader.isLabel(t) ? 1 : 0;
			String furniture = BlogShapes.furniture(t);
			this.numberedComments += (this.commentsHeaders > 0 && NUMBERED.matcher(t).matches()) ? 1 : 0;
			this.commentsHeaders += (BlogShapes.commentsClaimed(t) != null) ? 1 : 0;
			this.replyForms += BlogShapes.isReplyFormStart(t) ? 1 : 0;
			this.printFriendly += "Print Friendly, PDF & Email".equals(furniture) ? 1 : 0;
			this.shareButtons += ("Share this:".equals(furniture) || "Like this:".equals(furniture)) ? 1 : 0;
			this.worksCited += WORKS_CITED.matcher(t).matches() ? 1 : 0;
			this.says += BlogComments.isAuthorHeader(t) ? 1 : 0;
			boolean marked = ArticleShapes.markedHeading(lines.line(n), lines.folded(n)) != null;
			this.editHeadings += (marked || ArticleShapes.isEditLink(t)) ? 1 : 0;
			this.trailers += TRAILER.matcher(t).matches() ? 1 : 0;
			for (FoundCitation citation : CitationFinder.scan(lines.line(n)).citations()) {
				this.isbnCitations += citation.raw().toUpperCase(Locale.ROOT).contains("ISBN") ? 1 : 0;
			}
			if (this.contentLines > 0 && this.contentLines <= 2
					&& ArticleShapes.leadSubject(lines.line(n), lines.folded(n), true) != null) {
				this.lead = true;
			}
		}

		Score article() {
			List<String> evidence = new ArrayList<>();
			int points = 0;
			if (this.editHeadings > 0) {
				points += 2 + Math.min(this.editHeadings - 1, 2);
				evidence.add(times(this.editHeadings, "heading with an edit link", "headings with edit links"));
			}
			if (this.isbnCitations > 0) {
				points += Math.min(this.isbnCitations, 3);
				evidence.add(times(this.isbnCitations, "bibliographic parenthetical with an ISBN",
						"bibliographic parentheticals with ISBNs"));
			}
			if (this.lead) {
				points += 2;
				evidence.add("a lead sentence defining its subject");
			}
			if (this.trailers > 0) {
				points += Math.min(this.trailers, 2);
				evidence.add(times(this.trailers, "\"References\"-style trailing section",
						"\"References\"-style trailing sections"));
			}
			return new Score(DocumentKind.ENCYCLOPEDIA_ARTICLE, points, evidence);
		}

		Score blog() {
			List<String> evidence = new ArrayList<>();
			int points = 0;
			if (this.commentsHeaders > 0) {
				points += 3;
				evidence.add("a comments header");
			}
			if (this.replyForms > 0) {
				points += 2;
				evidence.add("a reply form");
			}
			if (this.printFriendly > 0) {
				points += 2;
				evidence.add("a \"Print Friendly, PDF & Email\" button");
			}
			if (this.shareButtons > 0) {
				points += 1;
				evidence.add("share buttons");
			}
			if (this.worksCited > 0) {
				points += 1;
				evidence.add("a works-cited heading");
			}
			if (this.says > 0) {
				points += Math.min(this.says, 2);
				evidence.add(times(this.says, "\"says:\" comment header", "\"says:\" comment headers"));
			}
			if (this.numberedComments > 0) {
				points += 1;
				evidence.add(times(this.numberedComments, "numbered comment", "numbered comments"));
			}
			return new Score(DocumentKind.BLOG_POST, points, evidence);
		}

		Score book() {
			List<String> evidence = new ArrayList<>();
			int points = 0;
			if (this.rateThisBook > 0) {
				points += 2;
				evidence.add("a \"Rate this book\" prompt");
			}
			if (this.starLines >= 3 && this.percentLines >= 3) {
				points += 3;
				evidence.add("a star histogram");
			}
			if (this.reviewsShown > 0) {
				points += 2;
				evidence.add("a reviews counter");
			}
			if (this.profiles > 0) {
				points += Math.min(this.profiles, 3);
				evidence.add(times(this.profiles, "review header", "review headers"));
			}
			if (this.pagesFormat > 0) {
				points += 1;
				evidence.add("a page count");
			}
			if (this.firstPublished > 0) {
				points += 1;
				evidence.add("a first-published date");
			}
			if (this.ratingsSummaries > 0) {
				points += 2;
				evidence.add("a ratings summary");
			}
			if (this.genreLabels > 0) {
				points += 1;
				evidence.add("a genres label");
			}
			if (this.bookSections > 0) {
				points += 1;
				evidence.add(times(this.bookSections, "book-page section heading", "book-page section headings"));
			}
			return new Score(DocumentKind.BOOK_PAGE, points, evidence);
		}

		private static String times(int count, String one, String many) {
			return (count == 1) ? "a " + one : count + " " + many;
		}

	}

}
