package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.jsoup.nodes.Element;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.bibliography.Isbn;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Values;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.PageReader;
import org.thawcorpus.source.html.TextBlock;

/**
 * One reading of a saved book page from its markup, block by block in page order, each
 * block by the part of the page its element belongs to ({@link BookPageLayout}): the same
 * records as the text reader ({@link BookPageReader}) gives a copy of the page's text,
 * read with the same field readers, with what the markup adds: the reviews' stars, the
 * genres as the page lists them, the contributors without their roles, the JSON-LD's
 * ISBN, language and counts. A block of no part is read by its text, as the text reader
 * reads a line, or is furniture when the page's structure says so; else it stays
 * unaccounted.
 */
final class BookPageHtmlReader {

	private final HtmlPage page;

	private final SourceLines lines;

	private final LineLedger ledger;

	private final List<SourceNote> notes = new ArrayList<>();

	private final BookPageLayout layout;

	private final BookDetailsReader details;

	private final BookHistogramReader histogram;

	private final RatingsSummaryReader summary;

	private final BookEditionReader edition;

	private final ReviewClaims claims;

	private final ReviewCardReader cards;

	private final List<ParsedPassage> description = new ArrayList<>();

	private final List<ParsedPassage> biography = new ArrayList<>();

	private final List<ParsedReview> reviews = new ArrayList<>();

	private final List<String> genres = new ArrayList<>();

	private boolean genresRead;

	private String title;

	private String series;

	/** The authors as the contributors' list names them. */
	private String contributors;

	/** The author as named under "About the author". */
	private String aboutName;

	private ReviewerStats aboutStats = ReviewerStats.NONE;

	private int aboutHeading = -1;

	private String aboutTitle;

	BookPageHtmlReader(HtmlPage page) {
		this.page = page;
		this.lines = page.lines();
		this.ledger = new LineLedger(this.lines);
		this.layout = BookPageLayout.of(page);
		this.details = new BookDetailsReader(this.lines, this.ledger, this.notes);
		this.histogram = new BookHistogramReader(this.lines, this.ledger);
		this.summary = new RatingsSummaryReader(this.lines, this.ledger, this.notes);
		this.edition = new BookEditionReader(this.lines, this.ledger, this.notes, this.details);
		this.claims = new ReviewClaims(this.notes);
		this.cards = new ReviewCardReader(page, this.ledger, this.notes);
	}

	ParsedDocument read() {
		for (TextBlock block : this.page.blocks()) {
			if (!this.ledger.isAssigned(block.number())) {
				read(block);
			}
		}
		return document();
	}

	private void read(TextBlock block) {
		int n = block.number();
		Element region = this.layout.region(n);
		switch (this.layout.part(n)) {
			case TITLE -> readTitle(n);
			case TITLE_PREFIX, FURNITURE -> furniture(n, this.layout.label(n));
			case SERIES -> readSeries(n);
			case CONTRIBUTORS -> readContributors(n, region);
			case DESCRIPTION -> readPassage(block, this.description);
			case GENRES -> readGenres(block, region);
			case DETAILS, READERS -> readDetails(block);
			case AUTHOR -> readAuthor(block, region);
			case RATINGS -> metadata(n, this.summary.read(n), "ratings");
			case HISTOGRAM -> metadata(n, this.histogram.read(n) > 0, "histogram");
			case REVIEWS_SHOWN -> readClaim(n);
			case REVIEW -> readReview(region);
			default -> readOther(block);
		}
	}

	private void readTitle(int n) {
		if (this.title == null) {
			this.title = this.page.textWithin(this.layout.title()).replace('\n', ' ').strip();
		}
		this.ledger.assign(n, LineRole.TITLE, "title", null);
	}

	private void readSeries(int n) {
		if (this.series == null) {
			String text = this.lines.trimmed(n);
			Matcher m = BookPageReader.SERIES.matcher(text);
			this.series = m.matches() ? BookText.original(this.lines, n, m.start(1), m.end(1))
					: BookText.original(this.lines, n);
		}
		this.ledger.assign(n, LineRole.METADATA, "series", null);
	}

	/**
	 * Reads a list of contributors: those linked without a role ("(Illustrator)") are the
	 * authors.
	 */
	private void readContributors(int n, Element list) {
		if (this.contributors == null) {
			List<String> authors = new ArrayList<>();
			List<String> all = new ArrayList<>();
			for (Element link : list.select(".ContributorLink")) {
				Element name = link.selectFirst(".ContributorLink__name");
				String text = ((name != null) ? name.text() : link.text()).strip();
				if (!text.isEmpty()) {
					all.add(text);
					if (link.selectFirst(".ContributorLink__role") == null) {
						authors.add(text);
					}
				}
			}
			List<String> names = !authors.isEmpty() ? authors : all;
			this.contributors = !names.isEmpty() ? String.join(", ", names)
					: BookPageReader.authors(this.lines.trimmed(n));
		}
		this.ledger.assign(n, LineRole.METADATA, "author", null);
	}

	/** A block of text as a passage of a section, or furniture where it is a button. */
	private void readPassage(TextBlock block, List<ParsedPassage> passages) {
		int n = block.number();
		if (block.isFurniture()) {
			furniture(n, block.furniture());
			return;
		}
		String anchor = "p" + (this.description.size() + this.biography.size() + 1);
		this.ledger.assign(n, LineRole.PASSAGE, null, anchor);
		passages.add(new ParsedPassage(anchor, block.text(), n, n, CitationFinder.scan(block.text()).citations()));
	}

	/** Reads the genres from the list's links; its "...more" button is furniture. */
	private void readGenres(TextBlock block, Element list) {
		int n = block.number();
		if (block.isFurniture()) {
			furniture(n, block.furniture());
			return;
		}
		if (!this.genresRead) {
			for (Element link : list.select("a")) {
				String name = link.text().strip();
				if (!name.isEmpty()) {
					this.genres.add(name);
				}
			}
			this.genresRead = !this.genres.isEmpty();
		}
		this.ledger.assign(n, LineRole.METADATA, "genres", null);
	}

	/**
	 * Reads a block of the book's details: a detail line ("374 pages, Hardcover") or a
	 * labelled detail of the details list (a term and its definition), every other block
	 * there being a detail no field holds.
	 */
	private void readDetails(TextBlock block) {
		int n = block.number();
		if (block.isFurniture()) {
			furniture(n, block.furniture());
			return;
		}
		if (this.details.read(n)) {
			return;
		}
		int end = this.edition.read(n);
		for (int m = n; m <= Math.max(n, end); m++) {
			if (!this.ledger.isAssigned(m)) {
				this.ledger.assign(m, LineRole.METADATA, "book details", null);
			}
		}
	}

	/**
	 * Reads a block of "About the author": the heading, the author's name, the stats
	 * under it ("49 books113k followers") and the biography, each block a passage.
	 */
	private void readAuthor(TextBlock block, Element section) {
		int n = block.number();
		Element person = section.selectFirst(".FeaturedPerson, .AuthorPreview");
		BlockSpan heading = BlockSpan.first(this.page, section, ".PageSection__title, h2, h3");
		BlockSpan name = (person != null) ? BlockSpan.first(this.page, person, "h4, h3, [data-testid=name]")
				: BlockSpan.NONE;
		BlockSpan primary = (person != null) ? BlockSpan.first(this.page, person, ".FeaturedPerson__infoPrimary")
				: BlockSpan.NONE;
		ReviewerStats stats = ReviewerStats.read(this.lines.trimmed(n));
		if (block.isFurniture()) {
			furniture(n, block.furniture());
		}
		else if (heading.contains(n) && !name.contains(n) && this.aboutHeading < 0) {
			this.aboutHeading = n;
			this.aboutTitle = BookText.original(this.lines, n);
		}
		else if (name.contains(n) && this.aboutName == null) {
			this.aboutName = BookText.original(this.lines, n).replace('\n', ' ');
			this.ledger.assign(n, LineRole.METADATA, "author", null);
		}
		else if (primary.contains(n) && stats != null && this.aboutStats.plus(stats) != null) {
			this.aboutStats = this.aboutStats.plus(stats);
			this.ledger.assign(n, LineRole.METADATA, "author stats", null);
		}
		else if (primary.contains(n)) {
			this.ledger.assign(n, LineRole.METADATA, "author details", null);
		}
		else {
			readPassage(block, this.biography);
		}
	}

	private void readClaim(int n) {
		Matcher displaying = ReviewClaims.displaying(this.lines.trimmed(n));
		if (displaying != null) {
			this.claims.read(n, displaying, this.ledger);
		}
		else {
			furniture(n, "reviews list notice");
		}
	}

	private void readReview(Element card) {
		ParsedReview review = this.cards.read(card, "r" + (this.reviews.size() + 1));
		if (review != null) {
			this.reviews.add(review);
		}
		for (TextBlock block : this.page.within(card)) {
			if (!this.ledger.isAssigned(block.number())) {
				furniture(block.number(), "review furniture");
			}
		}
	}

	/**
	 * Reads a block of no part: furniture where the structure says so; else by its text,
	 * as the text reader reads a line (a claim, a histogram bar, a ratings summary, a
	 * detail); else a heading or a link standing alone is furniture; else the block stays
	 * unaccounted.
	 */
	private void readOther(TextBlock block) {
		int n = block.number();
		if (block.isFurniture()) {
			furniture(n, block.furniture());
			return;
		}
		Matcher displaying = ReviewClaims.displaying(this.lines.trimmed(n));
		if (displaying != null) {
			this.claims.read(n, displaying, this.ledger);
			return;
		}
		if (this.histogram.read(n) > 0 || this.summary.read(n) || this.details.read(n)) {
			return;
		}
		int end = this.edition.read(n);
		if (end > 0 && this.ledger.isAssigned(n)) {
			return;
		}
		if (block.tag().matches("h[1-6]")) {
			furniture(n, "section heading");
		}
		else if (isLinkAlone(block)) {
			furniture(n, "link");
		}
	}

	/** Whether the block is all the text of its element and that text is a link's. */
	private static boolean isLinkAlone(TextBlock block) {
		Element e = block.element();
		String all = e.text().strip();
		return !all.isEmpty() && all.equals(block.text().replace('\n', ' ').strip())
				&& e.select("a").text().length() >= all.length();
	}

	private void metadata(int n, boolean read, String label) {
		if (!read) {
			this.ledger.assign(n, LineRole.METADATA, label, null);
		}
	}

	private void furniture(int n, String label) {
		this.ledger.assign(n, LineRole.FURNITURE, (label != null) ? label : "page furniture", null);
	}

	private ParsedDocument document() {
		BookJsonLd metadata = BookJsonLd.of(this.page);
		List<ParsedSection> sections = new ArrayList<>();
		if (!this.description.isEmpty()) {
			sections.add(new ParsedSection(null, null, SectionRole.BODY, this.description));
		}
		if (this.aboutHeading > 0) {
			if (this.biography.isEmpty()) {
				furniture(this.aboutHeading, "section heading");
			}
			else {
				this.ledger.assign(this.aboutHeading, LineRole.HEADING, this.aboutTitle, null);
				sections.add(new ParsedSection(this.aboutTitle, this.aboutHeading, SectionRole.BODY, this.biography));
			}
		}
		this.claims.stated(metadata.reviews());
		this.notes.addAll(this.histogram.check());
		this.notes.addAll(this.summary.check(this.histogram.bars()));
		this.claims.check(this.reviews.size());
		SourceNote stars = ReviewStars.check(this.reviews, this.histogram.bars());
		if (stars != null) {
			this.notes.add(stars);
		}
		String isbn = (this.edition.isbn != null) ? this.edition.isbn : metadata.isbn();
		if (this.edition.isbn == null && isbn != null && !Isbn.check(isbn).valid()) {
			this.notes.add(new SourceNote(null, NoteKind.CITATION_UNCERTAIN, "The ISBN \"" + isbn
					+ "\" of the page's metadata is not valid: " + Isbn.check(isbn).problem() + "."));
		}
		this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
		ParsedBook book = book(metadata, isbn);
		return new ParsedDocument(BookPageKind.KIND, title(metadata), sections,
				List.of(book, new ParsedReviews(this.reviews), new ParsedByline(null, null,
						this.page.meta("og:site_name").orElse(null), this.page.canonicalUrl().orElse(null))),
				this.notes, this.ledger.uses());
	}

	/**
	 * The book's details: what the page prints first, what its JSON-LD says where it
	 * prints nothing.
	 */
	private ParsedBook book(BookJsonLd metadata, String isbn) {
		String author = first(this.contributors, this.aboutName,
				metadata.authors().isEmpty() ? null : String.join(", ", metadata.authors()));
		String publisher = first(this.edition.publisher, this.details.publisher, metadata.publisher());
		String seriesName = first(this.series, this.edition.series, metadata.series());
		String publishedText = first(this.details.publishedText, metadata.published());
		LocalDate published = (this.details.publishedText != null) ? this.details.published
				: Values.date(metadata.published());
		return new ParsedBook(author, this.aboutStats.books(), this.aboutStats.followers(),
				first(this.details.pages, metadata.pages()), first(this.details.format, metadata.format()), published,
				publishedText, this.details.currentlyReading, this.details.wantToRead, this.histogram.bars(),
				this.claims.claimed(), first(this.summary.average, metadata.average()),
				first(this.summary.ratings, metadata.ratings()), first(this.summary.reviews, metadata.reviews()),
				this.genres, isbn, this.edition.asin, first(this.edition.language, metadata.language()), publisher,
				seriesName);
	}

	/**
	 * The title: the book's title heading, else the JSON-LD's name without its series,
	 * else the page's title as a page reader finds it.
	 */
	private String title(BookJsonLd metadata) {
		if (this.title != null && !this.title.isEmpty()) {
			return this.title;
		}
		if (metadata.name() != null) {
			String series = metadata.series();
			return (series != null) ? metadata.name().substring(0, metadata.name().lastIndexOf('(')).strip()
					: metadata.name();
		}
		return PageReader.title(this.page);
	}

	@SafeVarargs
	private static <T> T first(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
