package org.thawcorpus.source.book;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.source.html.HtmlPage;

/**
 * Where each text block of a saved book page stands, found from the page's markup: the
 * parts of a book page (its title, series, contributors, description, genres, details,
 * readers, author, ratings, histogram, reviews claimed and review cards) and the
 * components around them that are furniture (rating prompts, review filters, loading
 * notices, section headings). Found by elements, classes, {@code itemprop} and test ids
 * (Goodreads's 2025 layout names its components so), never by their text. A block in no
 * part is {@link Part#NONE}, for the reader to judge.
 */
final class BookPageLayout {

	/** The part of a book page a block belongs to. */
	enum Part {

		NONE, TITLE, TITLE_PREFIX, SERIES, CONTRIBUTORS, DESCRIPTION, GENRES, DETAILS, READERS, AUTHOR, RATINGS,
		HISTOGRAM, REVIEWS_SHOWN, REVIEW, FURNITURE

	}

	/** The components that are furniture, outer ones before the ones they may hold. */
	private static final Map<String, String> FURNITURE = furniture();

	/** The parts that are content, outer ones before the ones they may hold. */
	private static final Map<String, Part> CONTENT = content();

	private static final String TITLE = "h1[itemprop=name], h1[data-testid=bookTitle]";

	private static final String CARD = ".ReviewCard, [itemprop=review]";

	private static final Pattern HEADING = Pattern.compile("h[2-6]");

	private final Part[] parts;

	private final Element[] regions;

	private final String[] labels;

	private final Element title;

	private BookPageLayout(HtmlPage page) {
		int count = page.blocks().size() + 1;
		this.parts = new Part[count];
		this.regions = new Element[count];
		this.labels = new String[count];
		Element root = page.dom().body();
		for (Map.Entry<String, String> component : FURNITURE.entrySet()) {
			for (Element e : root.select(component.getKey())) {
				mark(page, e, Part.FURNITURE, component.getValue());
			}
		}
		this.title = title(page);
		if (this.title != null) {
			markTitle(page);
		}
		for (Map.Entry<String, Part> part : CONTENT.entrySet()) {
			for (Element e : root.select(part.getKey())) {
				if (e.closest(CARD) == null) {
					mark(page, e, part.getValue(), null);
				}
			}
		}
		for (Element card : root.select(CARD)) {
			Element parent = card.parent();
			if (parent == null || parent.closest(CARD) == null) {
				mark(page, card, Part.REVIEW, null);
			}
		}
	}

	/** The layout of a page. */
	static BookPageLayout of(HtmlPage page) {
		return new BookPageLayout(page);
	}

	private static Map<String, String> furniture() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put(".BookPage__relatedTopContent, .BookPage__relatedBottomContent, .PageSection, .lazyload-wrapper",
				"related content");
		map.put(".BookActions", "book actions");
		map.put(".BookRatingStars", "rating prompt");
		map.put(".WriteReviewCTA", "review prompt");
		map.put(".ReviewFilters", "review filters");
		map.put(".ReviewsSection__header, .ReviewsSection__listHeader, .ReviewsList__listHeader", "section heading");
		map.put(".Alert", "notice");
		map.put(".Alert:has(.ReviewsList__emptyCTA)", "sign-in prompt");
		map.put(".Divider", "more reviews link");
		map.put(".BookDiscussions", "discussion links");
		map.put(".LoadingCard", "loading notice");
		map.put(".HelpCard", "help prompt");
		map.put(".BookPage__jumpNav", "jump link");
		return map;
	}

	private static Map<String, Part> content() {
		Map<String, Part> map = new LinkedHashMap<>();
		map.put(".PageSection:has(.AuthorPreview), .AuthorPreview", Part.AUTHOR);
		map.put("[data-testid=description], .BookPageMetadataSection__description, [itemprop=description]",
				Part.DESCRIPTION);
		map.put("[data-testid=genresList], .BookPageMetadataSection__genres", Part.GENRES);
		map.put(".BookDetails, .EditionDetails", Part.DETAILS);
		map.put(".SocialSignalsSection", Part.READERS);
		map.put(".RatingStatistics", Part.RATINGS);
		map.put(".RatingsHistogram", Part.HISTOGRAM);
		map.put(".ReviewsList__listContext", Part.REVIEWS_SHOWN);
		map.put(".ContributorLinksList, [itemprop=author]", Part.CONTRIBUTORS);
		return map;
	}

	/**
	 * The book's title: the heading the page marks as the book's name, else its first
	 * heading of the first rank that is not furniture; where several such headings stand
	 * together ("Ratings & Reviews for" above the title), the last of them.
	 */
	private static Element title(HtmlPage page) {
		Element marked = page.dom().body().selectFirst(TITLE);
		if (marked != null) {
			return marked;
		}
		for (Element h1 : page.dom().body().select("h1")) {
			BlockSpan span = BlockSpan.of(page, h1);
			if (!span.isEmpty() && !page.block(span.first()).isFurniture()) {
				Element last = h1;
				for (Element next = h1.nextElementSibling(); next != null
						&& next.normalName().equals("h1"); next = next.nextElementSibling()) {
					last = next;
				}
				return last;
			}
		}
		return null;
	}

	/**
	 * Marks the title, the other first-rank headings beside it (a prefix such as "Ratings
	 * & Reviews for") and a series heading beside it ("Moscow Trilogy #2").
	 */
	private void markTitle(HtmlPage page) {
		Element parent = this.title.parent();
		if (parent != null) {
			for (Element sibling : parent.children()) {
				if (sibling == this.title) {
					continue;
				}
				if (sibling.normalName().equals("h1")) {
					mark(page, sibling, Part.TITLE_PREFIX, "title heading");
				}
				else if (HEADING.matcher(sibling.normalName()).matches()
						&& BookPageReader.SERIES.matcher(page.textWithin(sibling).strip()).matches()) {
					mark(page, sibling, Part.SERIES, null);
				}
			}
		}
		mark(page, this.title, Part.TITLE, null);
	}

	private void mark(HtmlPage page, Element e, Part part, String label) {
		BlockSpan span = BlockSpan.of(page, e);
		for (int n = span.first(); n <= span.last(); n++) {
			this.parts[n] = part;
			this.regions[n] = e;
			this.labels[n] = label;
		}
	}

	/** The part the block belongs to. */
	Part part(int number) {
		return (this.parts[number] != null) ? this.parts[number] : Part.NONE;
	}

	/** The element of the part the block belongs to, or null for none. */
	Element region(int number) {
		return this.regions[number];
	}

	/** The furniture's name, for a block of {@link Part#FURNITURE} or a title prefix. */
	String label(int number) {
		return this.labels[number];
	}

	/** The book's title heading, or null if the page has none. */
	Element title() {
		return this.title;
	}

}
