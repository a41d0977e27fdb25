package org.thawcorpus.source.book;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.bibliography.CitationFinder;
import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Values;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;
import org.thawcorpus.text.TextFolding;

/**
 * Reads one review card of a saved book page ({@code article.ReviewCard}): the reviewer's
 * name and stats (an "Author" badge marks an author), the shelf status, the star rating
 * from the stars' label ({@code aria-label="Rating 4 out of 5"}; none when the card shows
 * no stars), the date (a {@code <time datetime>} first, else the date's link text), each
 * block of the review's text as a paragraph ("r1-1", "r1-2", ...), the shelves it is on,
 * the likes and comments, and whether the page hid it for spoilers. The card's buttons
 * (Follow, Like, Comment, "Show more") are furniture.
 */
final class ReviewCardReader {

	/** The longest shelf field stored: shelves past it are left out of the field. */
	static final int SHELF_MAX_LENGTH = 100;

	/**
	 * A star label in any wording: one number from 1 to 5, then "5" ("Rating 4 out of
	 * 5").
	 */
	private static final Pattern STARS = Pattern.compile("\\D*?(?<!\\d)([1-5])(?![\\d.,])\\D+(?<!\\d)5(?![\\d.,])\\D*");

	private static final String NAME = ".ReviewerProfile__name, [itemprop=author]";

	private static final String TEXT = ".ReviewText__content, [itemprop=reviewBody]";

	private static final String STAR_LABELS = ".ReviewCard__row [aria-label], .ShelfStatus [aria-label], "
			+ "[itemprop=reviewRating] [aria-label], .staticStars[title]";

	private final HtmlPage page;

	private final LineLedger ledger;

	private final List<SourceNote> notes;

	ReviewCardReader(HtmlPage page, LineLedger ledger, List<SourceNote> notes) {
		this.page = page;
		this.ledger = ledger;
		this.notes = notes;
	}

	/**
	 * Reads the card, recording the use of each of its blocks.
	 * @return the review, or null if the card holds no text at all
	 */
	ParsedReview read(Element card, String anchor) {
		List<TextBlock> blocks = this.page.within(card);
		if (blocks.isEmpty()) {
			return null;
		}
		Card parts = new Card(this.page, card);
		String reviewer = null;
		ReviewerStats stats = ReviewerStats.NONE;
		String status = null;
		LocalDate date = null;
		boolean dated = false;
		List<ParsedPassage> paragraphs = new ArrayList<>();
		Integer likes = null;
		Integer comments = null;
		int first = -1;
		int last = -1;
		Set<String> shelves = new LinkedHashSet<>();
		List<Integer> hiddenParts = new ArrayList<>();
		int notice = -1;
		for (TextBlock block : blocks) {
			int n = block.number();
			String text = this.page.lines().trimmed(n);
			String field = null;
			String paragraph = null;
			if (parts.name.contains(n) && reviewer == null) {
				reviewer = BookText.original(this.page.lines(), n).replace('\n', ' ');
				field = "reviewer";
			}
			else if (parts.meta.contains(n)) {
				ReviewerStats read = ReviewerStats.read(text);
				ReviewerStats sum = (read != null) ? stats.plus(read) : null;
				stats = (sum != null) ? sum : stats;
				field = "reviewer stats";
			}
			else if (parts.shelfStatus.contains(n) && !block.isFurniture()) {
				status = (status == null) ? BookText.original(this.page.lines(), n) : status;
				field = "shelf";
			}
			else if (parts.row.contains(n) && !block.isFurniture()) {
				if (!dated) {
					date = date(card, parts, text, n, anchor);
					dated = true;
				}
				field = "date";
			}
			else if (parts.notice.contains(n) && !block.isFurniture()) {
				notice = n;
				field = "spoiler notice";
			}
			else if (parts.text.contains(n) && isText(block)) {
				paragraph = anchor + "-" + (paragraphs.size() + 1);
				paragraphs.add(new ParsedPassage(paragraph, block.text(), n, n,
						CitationFinder.scan(block.text()).citations()));
				field = block.isFurniture() ? "spoiler text" : null;
				if (block.isFurniture()) {
					hiddenParts.add(n);
				}
			}
			else if (parts.tags.contains(n) && !block.isFurniture()) {
				shelves.addAll(parts.tagNames);
				field = "shelves";
			}
			else if (parts.stats.contains(n) && ReviewReader.likes(text) != null) {
				Integer[] counts = ReviewReader.likes(text);
				likes = (counts[0] != null && likes == null) ? counts[0] : likes;
				comments = (counts[1] != null && comments == null) ? counts[1] : comments;
				field = (counts[0] == null) ? "comments" : ((counts[1] == null) ? "likes" : "likes; comments");
			}
			else {
				this.ledger.assign(n, LineRole.FURNITURE, block.isFurniture() ? block.furniture() : "review furniture",
						null);
				continue;
			}
			this.ledger.assign(n, LineRole.REVIEW, field, (paragraph != null) ? paragraph : anchor);
			first = (first < 0) ? n : first;
			last = n;
		}
		if (first < 0) {
			return null;
		}
		String name = (reviewer != null) ? reviewer : BookText.original(this.page.lines(), first);
		boolean spoiler = parts.hidden || notice > 0;
		if (spoiler) {
			this.notes.add(new SourceNote((notice > 0) ? notice : first, NoteKind.SPOILER_HIDDEN,
					"The page hid review " + anchor + " by " + name + " because of spoilers."));
		}
		if (!hiddenParts.isEmpty()) {
			this.notes.add(new SourceNote(hiddenParts.get(0), NoteKind.SPOILER_HIDDEN,
					"The page hid " + ((hiddenParts.size() == 1) ? "a passage" : hiddenParts.size() + " passages")
							+ " of review " + anchor + " by " + name + " as spoilers, to be shown on a click."));
		}
		Integer rating = rating(card);
		return new ParsedReview(anchor, name, stats.author() || parts.authorBadge, stats.books(), stats.reviews(),
				stats.followers(), date, rating, shelf(status, shelves), spoiler, first, last, paragraphs, likes,
				comments);
	}

	/**
	 * Whether a block of the review's text is text: every block but the buttons ("Show
	 * more"); a passage the page hides until clicked (a spoiler) is text.
	 */
	private static boolean isText(TextBlock block) {
		return !block.isFurniture() || "hidden".equals(block.furniture());
	}

	/** The stars the card's star label gives, or null if it shows none. */
	static Integer rating(Element card) {
		for (Element e : card.select(STAR_LABELS)) {
			if (e.closest(TEXT) != null) {
				continue;
			}
			String label = e.hasAttr("aria-label") ? e.attr("aria-label") : e.attr("title");
			Integer stars = stars(label.strip());
			if (stars != null) {
				return stars;
			}
		}
		return null;
	}

	/** The stars a label names: "Rating 4 out of 5", "it was amazing"; null if none. */
	static Integer stars(String label) {
		Integer stars = ReviewHeaderReader.rating(label);
		if (stars != null) {
			return stars;
		}
		Matcher m = STARS.matcher(label);
		return m.matches() ? Integer.valueOf(m.group(1)) : null;
	}

	/**
	 * The review's date: a machine-readable {@code datetime} first, then the text of the
	 * row's link, then the row's text; an unreadable date is noted.
	 */
	private LocalDate date(Element card, Card parts, String rowText, int n, String anchor) {
		String datetime = "";
		for (Element time : card.select("time[datetime]")) {
			if (time.closest(TEXT) == null) {
				datetime = time.attr("datetime").strip();
				break;
			}
		}
		if (datetime.length() >= 10) {
			try {
				return LocalDate.parse(datetime.substring(0, 10));
			}
			catch (DateTimeParseException ex) {
				// fall back on the printed date
			}
		}
		Element link = (parts.rowElement != null) ? parts.rowElement.selectFirst("a") : null;
		LocalDate date = (link != null) ? Values.date(TextFolding.fold(link.text())) : null;
		if (date == null) {
			date = Values.date(rowText);
		}
		if (date == null && ReviewHeaderReader.looksLikeDate(rowText)) {
			this.notes.add(new SourceNote(n, NoteKind.UNREADABLE_VALUE, "The date of review " + anchor + ", \""
					+ BookText.original(this.page.lines(), n) + "\", could not be read as a calendar date."));
		}
		return date;
	}

	/**
	 * The shelf field: the shelf status ("Read", "Want to read") and the shelves the
	 * review is on, joined by ", ", as many whole names as fit {@value #SHELF_MAX_LENGTH}
	 * characters; null if the card shows none.
	 */
	static String shelf(String status, Set<String> shelves) {
		List<String> names = new ArrayList<>();
		if (status != null) {
			names.add(status);
		}
		names.addAll(shelves);
		StringBuilder joined = new StringBuilder();
		for (String name : names) {
			int length = joined.length() + ((joined.length() > 0) ? 2 : 0) + name.length();
			if (length > SHELF_MAX_LENGTH) {
				break;
			}
			joined.append((joined.length() > 0) ? ", " : "").append(name);
		}
		return (joined.length() > 0) ? joined.toString() : null;
	}

	/** The parts of one card, as the spans of blocks they hold. */
	private static final class Card {

		final BlockSpan name;

		final BlockSpan meta;

		final BlockSpan shelfStatus;

		final BlockSpan row;

		final Element rowElement;

		final BlockSpan text;

		final BlockSpan notice;

		final BlockSpan tags;

		final BlockSpan stats;

		final List<String> tagNames = new ArrayList<>();

		final boolean hidden;

		final boolean authorBadge;

		Card(HtmlPage page, Element card) {
			this.name = BlockSpan.first(page, card, NAME);
			this.meta = BlockSpan.first(page, card, ".ReviewerProfile__meta");
			this.shelfStatus = BlockSpan.first(page, card, ".ShelfStatus");
			this.rowElement = card.selectFirst(".ReviewCard__row");
			this.row = BlockSpan.of(page, this.rowElement);
			this.text = BlockSpan.first(page, card, TEXT);
			this.notice = BlockSpan.first(page, card, ".ReviewText .Alert");
			Element tagList = card.selectFirst(".ReviewCard__tags");
			this.tags = BlockSpan.of(page, tagList);
			if (tagList != null) {
				for (Element tag : tagList.select("a")) {
					if (!tag.text().isBlank()) {
						this.tagNames.add(tag.text().strip());
					}
				}
			}
			this.stats = BlockSpan.first(page, card, ".SocialFooter__statsContainer");
			this.hidden = card.selectFirst(".ReviewText--hideContent") != null;
			this.authorBadge = card.selectFirst(".ReviewerProfile__author") != null;
		}

	}

}
