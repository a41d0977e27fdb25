package org.thawcorpus.source.book;

import java.util.Locale;
import java.util.regex.Pattern;

import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.Score;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.TextFurniture;
import org.thawcorpus.source.Values;
import org.thawcorpus.source.html.HtmlKind;
import org.thawcorpus.source.html.HtmlPage;

/**
 * A book page (Goodreads and the like): a star histogram, review headers, a ratings
 * summary, a "Rate this book" prompt, a page count, genres. A saved page is read from its
 * markup: its JSON-LD, review cards and histogram (see {@link BookPageHtmlReader}).
 */
public final class BookPageKind implements HtmlKind {

	public static final DocumentKind KIND = new DocumentKind("BOOK_PAGE", "Book page", "Book", "Description");

	private static final Pattern STAR_LINE = Pattern.compile("[1-5] stars?");

	private static final Pattern COUNT_PERCENT = Pattern.compile("(?:" + Values.COUNT + ") \\(\\d{1,3}%\\)");

	private static final Pattern PAGES_FORMAT = Pattern.compile("(?:" + Values.COUNT + ") pages(?:, .+)?");

	private static final Pattern BOOK_SECTION = Pattern.compile(
			"Community Reviews|Ratings & Reviews|Friends & Following|Jump to ratings and reviews|About the author");

	@Override
	public DocumentKind kind() {
		return KIND;
	}

	@Override
	public Score score(SourceLines lines) {
		int rateThisBook = 0;
		int starLines = 0;
		int percentLines = 0;
		int reviewsShown = 0;
		int profiles = 0;
		int pagesFormat = 0;
		int firstPublished = 0;
		int bookSections = 0;
		int ratingsSummaries = 0;
		int genreLabels = 0;
		for (int n = 1; n <= lines.count(); n++) {
			if (lines.isBlank(n)) {
				continue;
			}
			String t = lines.trimmed(n);
			rateThisBook += t.equals("Rate this book") ? 1 : 0;
			starLines += STAR_LINE.matcher(t).matches() ? 1 : 0;
			percentLines += COUNT_PERCENT.matcher(t).matches() ? 1 : 0;
			reviewsShown += (ReviewClaims.displaying(t) != null) ? 1 : 0;
			profiles += t.startsWith("Profile Image for ") ? 1 : 0;
			pagesFormat += PAGES_FORMAT.matcher(t).matches() ? 1 : 0;
			firstPublished += t.startsWith("First published ") ? 1 : 0;
			bookSections += (BOOK_SECTION.matcher(t).matches() || BookTitles.REVIEWS_FOR.matcher(t).matches()) ? 1 : 0;
			boolean summary = t.toLowerCase(Locale.ROOT).contains("rating") && RatingsSummaryReader.isSummary(t);
			ratingsSummaries += summary ? 1 : 0;
			genreLabels += BookGenresReader.isLabel(t) ? 1 : 0;
		}
		return Score.of(KIND)
			.add(rateThisBook > 0, 2, "a \"Rate this book\" prompt")
			.add(starLines >= 3 && percentLines >= 3, 3, "a star histogram")
			.add(reviewsShown > 0, 2, "a reviews counter")
			.add(profiles > 0, Math.min(profiles, 3), Score.times(profiles, "review header", "review headers"))
			.add(pagesFormat > 0, 1, "a page count")
			.add(firstPublished > 0, 1, "a first-published date")
			.add(ratingsSummaries > 0, 2, "a ratings summary")
			.add(genreLabels > 0, 1, "a genres label")
			.add(bookSections > 0, 1,
					Score.times(bookSections, "book-page section heading", "book-page section headings"))
			.build();
	}

	@Override
	public ParsedDocument read(SourceLines lines) {
		return TextFurniture.read(lines, BookTitles.WORDS, BookTitles.RULES, (page) -> new BookPageReader(page).read());
	}

	@Override
	public Score score(HtmlPage page) {
		return BookPageMarkers.score(page);
	}

	@Override
	public ParsedDocument read(HtmlPage page) {
		return new BookPageHtmlReader(page).read();
	}

}
