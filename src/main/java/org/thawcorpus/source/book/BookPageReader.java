package org.thawcorpus.source.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.source.FurnitureWords;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.TextPage;
import org.thawcorpus.source.TitleCandidate;
import org.thawcorpus.source.Titles;

/**
 * One reading of a book page, top to bottom, through its parts in page order; a line no
 * part accounts for stays unaccounted.
 */
final class BookPageReader {

	/** "by" and a capitalised name, with no digits or sentence punctuation. */
	private static final Pattern BYLINE = Pattern.compile("[Bb]y +(\\p{Lu}[\\p{L}.' -]{0,60}[\\p{L}.])");

	/**
	 * A series and the book's number in it, as printed by the title: "Moscow Trilogy #2".
	 */
	static final Pattern SERIES = Pattern.compile("\\(?(\\S.{0,100}?,? *#\\d{1,3}(?:\\.\\d)?)\\)?");

	/** How far down a page the heading of a page of reviews is looked for. */
	private static final int HEADING_MAX_LINE = 80;

	/** A contributor printed with a role, "Hablot Knight Browne (Illustrator)". */
	private static final Pattern WITH_ROLE = Pattern.compile(".*\\(\\p{L}[^()]*\\)");

	/** The parts of a book page, in page order. */
	private enum Part {

		DESCRIPTION, DETAILS, AUTHOR, RATINGS, REVIEWS, AFTER_REVIEWS

	}

	/** The heading over the links to the book's quotes, discussions and questions. */
	private static final String DISCUSSION = "Join the discussion";

	private static final String DISCUSSION_LINKS = "discussion links";

	private final SourceLines lines;

	private final TitleCandidate stated;

	private final FurnitureWords words;

	private final LineLedger ledger;

	private final List<SourceNote> notes = new ArrayList<>();

	private final BookDetailsReader details;

	private final BookHistogramReader histogram;

	private final ReviewReader reviews;

	private final RatingsSummaryReader summary;

	private final BookGenresReader genres;

	private final BookEditionReader edition;

	private final BookAuthorReader about;

	private String series;

	private final List<ParsedPassage> description = new ArrayList<>();

	private Part part = Part.DESCRIPTION;

	private String title;

	/** The author as named by a byline or under the title. */
	private String author;

	private final ReviewClaims claims = new ReviewClaims(this.notes);

	BookPageReader(TextPage page) {
		this.lines = page.lines();
		this.stated = page.title();
		this.words = page.words();
		SourceLines lines = this.lines;
		this.ledger = new LineLedger(lines);
		this.details = new BookDetailsReader(lines, this.ledger, this.notes);
		this.histogram = new BookHistogramReader(lines, this.ledger);
		this.reviews = new ReviewReader(lines, this.ledger, this.notes);
		this.summary = new RatingsSummaryReader(lines, this.ledger, this.notes);
		this.genres = new BookGenresReader(lines, this.ledger);
		this.edition = new BookEditionReader(lines, this.ledger, this.notes, this.details);
		this.about = new BookAuthorReader(lines, this.ledger);
	}

	/**
	 * The "Displaying 1 - 11 of 11 reviews" line's match, or null if the line is not one.
	 */
	static Matcher displaying(String trimmed) {
		return ReviewClaims.displaying(trimmed);
	}

	ParsedDocument read() {
		int n = readTitle();
		while (n > 0) {
			int next = this.ledger.isAssigned(n) ? 0 : readLine(n);
			n = (next != 0) ? next : this.lines.nextNonBlank(n + 1);
		}
		return document();
	}

	/**
	 * Reads the furniture before the title, a series line above or below it ("Moscow
	 * Trilogy #2"), the title, and the contributors standing under it where a ratings
	 * summary follows them (the authors among them kept); returns the line after.
	 */
	private int readTitle() {
		int heading = reviewsPageHeading();
		if (heading > 0) {
			return readReviewsPageTitle(heading);
		}
		int n = this.lines.nextNonBlank(1);
		while (n > 0 && furniture(n)) {
			n = this.lines.nextNonBlank(n + 1);
		}
		while (n > 0 && this.stated != null && n < this.stated.firstLine()) {
			FurnitureWords.Word word = BookTitles.WORDS.word(this.lines.trimmed(n));
			this.ledger.assign(n, LineRole.FURNITURE, (word != null) ? word.label() : "page header", null);
			n = this.lines.nextNonBlank(n + 1);
		}
		int next = (n > 0) ? this.lines.nextNonBlank(n + 1) : -1;
		if (n > 0 && next > 0 && isPlainText(next) && readSeries(n)) {
			n = next;
		}
		if (n > 0 && isPlainText(n)) {
			if (this.stated == null || this.stated.line() != n) {
				this.notes.add(Titles.firstLineNote(n));
			}
			this.title = BookText.original(this.lines, n);
			this.ledger.assign(n, LineRole.TITLE, "title", null);
			n = this.lines.nextNonBlank(n + 1);
			if (n > 0 && this.series == null && readSeries(n)) {
				n = this.lines.nextNonBlank(n + 1);
			}
			next = (n > 0) ? this.lines.nextNonBlank(n + 1) : -1;
			if (n > 0 && next > 0 && BookTitles.isContributors(this.lines.trimmed(n)) && isPlainText(n)
					&& RatingsSummaryReader.isSummary(this.lines.trimmed(next))) {
				this.author = authors(BookText.original(this.lines, n));
				this.ledger.assign(n, LineRole.METADATA, "author", null);
				n = next;
			}
		}
		return n;
	}

	/**
	 * The line of the heading "Ratings & Reviews for" that a page of all of a book's
	 * reviews prints above the title, or -1: it must come near the top, before any
	 * review, histogram, ratings summary or claim.
	 */
	private int reviewsPageHeading() {
		for (int n = this.lines.nextNonBlank(1); n > 0 && n <= HEADING_MAX_LINE; n = this.lines.nextNonBlank(n + 1)) {
			String text = this.lines.trimmed(n);
			if (BookTitles.REVIEWS_FOR.matcher(text).matches()) {
				return n;
			}
			if (ReviewHeaderReader.hasProfilePrefix(text) || displaying(text) != null
					|| RatingsSummaryReader.isSummary(text) || text.matches("(?i)[1-5] *stars?")) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Reads the top of a page of all of a book's reviews: the site's header above the
	 * heading "Ratings & Reviews for", the heading, the title under it and the
	 * contributors under the title ("Charles Dickens, Hablot Knight Browne
	 * (Illustrator)"), of whom those printed without a role are the authors; returns the
	 * line after.
	 */
	private int readReviewsPageTitle(int heading) {
		for (int n = this.lines.nextNonBlank(1); n > 0 && n < heading; n = this.lines.nextNonBlank(n + 1)) {
			String name = BookFurniture.name(this.lines.trimmed(n));
			this.ledger.assign(n, LineRole.FURNITURE, (name != null) ? name : "page header", null);
		}
		this.ledger.assign(heading, LineRole.FURNITURE, "Ratings & Reviews for", null);
		int n = this.lines.nextNonBlank(heading + 1);
		if (n < 0 || !isPlainText(n)) {
			return n;
		}
		this.title = BookText.original(this.lines, n);
		this.ledger.assign(n, LineRole.TITLE, "title", null);
		n = this.lines.nextNonBlank(n + 1);
		if (n > 0 && isPlainText(n) && !RatingsSummaryReader.isSummary(this.lines.trimmed(n))
				&& ReviewerStats.read(this.lines.trimmed(n)) == null && !this.lines.trimmed(n).matches(".*[.!?:]")) {
			this.author = authors(BookText.original(this.lines, n));
			this.ledger.assign(n, LineRole.METADATA, "author", null);
			n = this.lines.nextNonBlank(n + 1);
		}
		return n;
	}

	/**
	 * The authors of a line of contributors: those printed without a role, joined by ",
	 * "; all of them if every one has a role.
	 */
	static String authors(String contributors) {
		List<String> authors = new ArrayList<>();
		for (String name : contributors.split(" *, *")) {
			if (!name.isBlank() && !WITH_ROLE.matcher(name).matches()) {
				authors.add(name.strip());
			}
		}
		return authors.isEmpty() ? contributors.strip() : String.join(", ", authors);
	}

	/** Reads a series line, recording its use; whether the line was one. */
	private boolean readSeries(int n) {
		Matcher series = SERIES.matcher(this.lines.trimmed(n));
		if (!series.matches() || !isPlainText(n)) {
			return false;
		}
		this.series = BookText.original(this.lines, n, series.start(1), series.end(1));
		this.ledger.assign(n, LineRole.METADATA, "series", null);
		return true;
	}

	/**
	 * Reads what starts at a line.
	 * @return the next line to read, -1 at the end, or 0 for the next non-blank line
	 */
	private int readLine(int n) {
		String text = this.lines.trimmed(n);
		if (this.part == Part.AUTHOR && this.about.readPortrait(n)) {
			return 0;
		}
		if (this.reviews.startsReview(n, this.part.compareTo(Part.RATINGS) >= 0)) {
			this.part = Part.REVIEWS;
			return this.reviews.read(n);
		}
		Matcher displaying = displaying(text);
		if (displaying != null) {
			this.claims.read(n, displaying, this.ledger);
			this.part = (this.part == Part.REVIEWS) ? Part.AFTER_REVIEWS : later(Part.RATINGS);
			return 0;
		}
		if (furniture(n)) {
			return 0;
		}
		int histogramEnd = this.histogram.read(n);
		if (histogramEnd > 0) {
			this.part = later(Part.RATINGS);
			return this.lines.nextNonBlank(histogramEnd + 1);
		}
		if (this.details.read(n)) {
			this.part = later(Part.DETAILS);
			return 0;
		}
		if (this.summary.read(n)) {
			return 0;
		}
		int genresEnd = this.genres.read(n);
		if (genresEnd > 0) {
			return this.lines.nextNonBlank(genresEnd + 1);
		}
		int editionEnd = this.edition.read(n);
		if (editionEnd > 0) {
			this.part = later(Part.DETAILS);
			return this.lines.nextNonBlank(editionEnd + 1);
		}
		if (this.about.readHeading(n)) {
			this.part = Part.AUTHOR;
			return 0;
		}
		// Details may come before the description as well as after it.
		if (this.part == Part.DESCRIPTION || this.part == Part.DETAILS) {
			readDescription(n);
		}
		else if (this.part == Part.AUTHOR) {
			this.about.read(n, this.description.size() + this.about.biographyLength() + 1);
		}
		return 0;
	}

	private Part later(Part other) {
		return (this.part.compareTo(other) >= 0) ? this.part : other;
	}

	private boolean furniture(int n) {
		String name = BookFurniture.name(this.lines.trimmed(n));
		if (name == null) {
			String button = BookFurniture.inButtonRow(this.lines, this.words, n);
			if (button != null) {
				this.ledger.assign(n, LineRole.FURNITURE, button, null);
			}
			return button != null;
		}
		this.ledger.assign(n, LineRole.FURNITURE, name, null);
		if (DISCUSSION.equals(name)) {
			int last = BookFurniture.discussionLinks(this.lines, n);
			if (last > n) {
				this.ledger.assignRange(this.lines.nextNonBlank(n + 1), last, LineRole.FURNITURE, DISCUSSION_LINKS,
						null);
			}
		}
		if (BookFurniture.RATINGS_HEADINGS.contains(name)) {
			this.part = later(Part.RATINGS);
		}
		else if (BookFurniture.TRAILING.contains(name) && this.part == Part.REVIEWS) {
			this.part = Part.AFTER_REVIEWS;
		}
		return true;
	}

	private boolean isPlainText(int n) {
		String text = this.lines.trimmed(n);
		return !ReviewHeaderReader.hasProfilePrefix(text) && displaying(text) == null
				&& BookFurniture.name(text) == null && !BookAuthorReader.isHeading(text);
	}

	private void readDescription(int n) {
		Matcher byline = BYLINE.matcher(this.lines.trimmed(n));
		if (byline.matches() && this.description.isEmpty() && this.author == null) {
			this.author = BookText.original(this.lines, n, byline.start(1), byline.end(1));
			this.ledger.assign(n, LineRole.METADATA, "author", null);
			return;
		}
		this.description.add(passage(n, this.description.size() + 1));
	}

	private ParsedPassage passage(int n, int number) {
		String anchor = "p" + number;
		String text = this.lines.line(n);
		this.ledger.assign(n, LineRole.PASSAGE, null, anchor);
		return new ParsedPassage(anchor, text, n, n, CitationFinder.scan(text).citations());
	}

	private ParsedDocument document() {
		List<ParsedSection> sections = new ArrayList<>();
		if (!this.description.isEmpty()) {
			sections.add(new ParsedSection(null, null, SectionRole.BODY, this.description));
		}
		ParsedSection biography = this.about.section();
		if (biography != null) {
			sections.add(biography);
		}
		List<ParsedReview> present = this.reviews.reviews();
		this.notes.addAll(this.histogram.check());
		this.notes.addAll(this.summary.check(this.histogram.bars()));
		this.claims.check(present.size());
		SourceNote stars = ReviewStars.check(present, this.histogram.bars());
		if (stars != null) {
			this.notes.add(stars);
		}
		this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
		String publisher = (this.edition.publisher != null) ? this.edition.publisher : this.details.publisher;
		String series = (this.series != null) ? this.series : this.edition.series;
		// The name under "About the author" wins over a byline's.
		String authorName = (this.about.name() != null) ? this.about.name() : this.author;
		ReviewerStats stats = this.about.stats();
		ParsedBook book = new ParsedBook(authorName, stats.books(), stats.followers(), this.details.pages,
				this.details.format, this.details.published, this.details.publishedText, this.details.currentlyReading,
				this.details.wantToRead, this.histogram.bars(), this.claims.claimed(), this.summary.average,
				this.summary.ratings, this.summary.reviews, this.genres.genres(), this.edition.isbn, this.edition.asin,
				this.edition.language, publisher, series);
		String documentTitle = (this.title != null) ? this.title : "(untitled)";
		return new ParsedDocument(BookPageKind.KIND, documentTitle, sections, List.of(book, new ParsedReviews(present)),
				this.notes, this.ledger.uses());
	}

}
