package org.thawcorpus.source.book;

import java.util.Locale;
import java.util.regex.Pattern;

import org.thawcorpus.source.Score;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * The markers of a book page in a page's markup and metadata: a JSON-LD {@code Book}, an
 * Open Graph type of book, review cards, a star histogram, ratings statistics and a list
 * of contributors. Never the file's name or the site's address.
 */
final class BookPageMarkers {

	private static final Pattern STAR_LABEL = Pattern.compile("(?i)[1-5] *stars?");

	private static final Pattern COUNT_PERCENT = Pattern.compile("[\\d,]+ *\\( *<? *\\d{1,3} *% *\\)");

	private BookPageMarkers() {
	}

	static Score score(HtmlPage page) {
		boolean bookLd = page.jsonLd("Book").isPresent();
		String ogType = page.meta("og:type").orElse("").toLowerCase(Locale.ROOT);
		boolean ogBook = ogType.equals("book") || ogType.equals("books.book");
		boolean microdata = !page.dom().select("[itemtype~=(?i)schema\\.org/Book$]").isEmpty();
		int cards = page.dom().select(".ReviewCard").size();
		boolean histogram = !page.dom().select(".RatingsHistogram").isEmpty() || printsHistogram(page);
		boolean statistics = !page.dom().select(".RatingStatistics").isEmpty();
		boolean contributors = !page.dom().select(".ContributorLinksList").isEmpty();
		return Score.of(BookPageKind.KIND)
			.add(bookLd, 3, "JSON-LD of a Book")
			.add(ogBook, 2, "an Open Graph type of book")
			.add(microdata && !bookLd, 2, "Book microdata")
			.add(cards > 0, Math.min(cards, 3), Score.times(cards, "review card", "review cards"))
			.add(histogram, 3, "a star histogram")
			.add(statistics, 1, "ratings statistics")
			.add(contributors, 1, "a list of contributors")
			.build();
	}

	/**
	 * Whether the page's blocks print a histogram: star labels and counts with shares.
	 */
	private static boolean printsHistogram(HtmlPage page) {
		int labels = 0;
		int counts = 0;
		for (TextBlock block : page.blocks()) {
			String text = block.text().strip();
			labels += STAR_LABEL.matcher(text).matches() ? 1 : 0;
			counts += COUNT_PERCENT.matcher(text).matches() ? 1 : 0;
		}
		return labels >= 3 && counts >= 3;
	}

}
