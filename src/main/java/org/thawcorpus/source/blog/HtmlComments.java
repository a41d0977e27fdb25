package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * Reads the comments a saved page holds, from their markup: each comment's author (the
 * {@code .fn} of WordPress, the {@code cite.user} or profile link of Blogger, the author
 * link of Epoch), its date (a {@code <time datetime>} first, else its permalink's text in
 * any language known to {@link BlogDates}, else the Unix time in a Blogger permalink),
 * whom it replies to (see {@link CommentThreads}), whether it is a pingback, and its
 * paragraphs, one per text block, anchored "c1-1", "c1-2", ... Reply, like and edit links
 * in a comment are furniture.
 */
final class HtmlComments {

	private static final List<String> AUTHORS = List.of(".fn", ".comment-author-link", ".epoch-author-link",
			"cite.user", ".comment-author .url", ".comment-author", ".epoch-comment-author", "cite", ".user",
			".author");

	/** What a comment's author element may hold besides the name. */
	private static final String NOT_NAME = "time, img, .says, .epoch-divide, .epoch-comment-author-avatar, "
			+ ".comment-metadata, .commentmetadata, .datetime, .epoch-comment-link, a[href*=#comment-]";

	private static final String DATES = ".comment-metadata, .commentmetadata, .comment-date, .datetime, "
			+ ".comment-timestamp, .comment-time, .epoch-comment-link, a[href*=#comment-], a[href*=showComment]";

	/** What a WordPress theme prints after the name: "says:", "sagt:", "dit :". */
	private static final Pattern SAYS = Pattern.compile("\\s+\\p{L}+\\s?:$|\\s+\\p{L}+(?:\\.\\.\\.|…)$");

	private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();

	private static final Pattern PINGBACK_PREFIX = Pattern.compile("(?i)^(?:pingback|trackback)\\s*:\\s*");

	private final HtmlPage page;

	private final BlogLayout layout;

	private final LineLedger ledger;

	private final LocalDate postDate;

	private final List<CommentThreads.Unit> units;

	private final List<List<TextBlock>> own = new ArrayList<>();

	private final Map<Element, Integer> partOf = new IdentityHashMap<>();

	private final String[] anchors;

	private final Map<Integer, List<Element>> elements = new HashMap<>();

	private boolean yearInferred;

	private HtmlComments(HtmlPage page, BlogLayout layout, LineLedger ledger, LocalDate postDate) {
		this.page = page;
		this.layout = layout;
		this.ledger = ledger;
		this.postDate = postDate;
		this.units = CommentThreads.find(page, layout.index());
		this.anchors = new String[this.units.size()];
		for (int i = 0; i < this.units.size(); i++) {
			this.own.add(new ArrayList<>());
			for (Element part : this.units.get(i).parts()) {
				this.partOf.put(part, i);
			}
		}
		int[] owners = CommentThreads.owners(page, this.units);
		for (TextBlock block : page.blocks()) {
			if (owners[block.number() - 1] >= 0) {
				this.own.get(owners[block.number() - 1]).add(block);
			}
		}
	}

	/** The comments read, and whether a date printed without a year was completed. */
	record Result(List<ParsedComment> comments, boolean yearInferred) {

	}

	/**
	 * Reads every comment on the page and records the use of each of their blocks.
	 * @param postDate the post's date, from which a year left out of a comment's date is
	 * completed; may be null
	 */
	static Result read(HtmlPage page, BlogLayout layout, LineLedger ledger, LocalDate postDate) {
		HtmlComments reader = new HtmlComments(page, layout, ledger, postDate);
		List<ParsedComment> comments = new ArrayList<>();
		for (int i = 0; i < reader.units.size(); i++) {
			ParsedComment comment = reader.comment(i, comments);
			if (comment != null) {
				comments.add(comment);
			}
		}
		return new Result(comments, reader.yearInferred);
	}

	private ParsedComment comment(int i, List<ParsedComment> earlier) {
		CommentThreads.Unit unit = this.units.get(i);
		List<TextBlock> own = this.own.get(i);
		if (own.isEmpty()) {
			return null;
		}
		String anchor = "c" + (earlier.size() + 1);
		this.anchors[i] = anchor;
		Element authorElement = author(unit, i);
		Element dateElement = date(unit, i);
		Set<TextBlock> authorBlocks = covering(authorElement, own);
		Set<TextBlock> dateBlocks = covering(dateElement, own);
		int next = nextStart(i);
		List<ParsedPassage> paragraphs = new ArrayList<>();
		int last = own.get(0).number();
		for (TextBlock block : own) {
			boolean inside = next < 0 || block.number() < next;
			String furniture = furniture(block);
			if (furniture != null) {
				this.ledger.assign(block.number(), LineRole.FURNITURE, furniture, anchor);
			}
			else if (authorBlocks.contains(block) || dateBlocks.contains(block) || !inside) {
				this.ledger.assign(block.number(), LineRole.COMMENT, label(unit, block, authorBlocks, dateBlocks),
						anchor);
			}
			else if (unit.pingback() && paragraphs.isEmpty() && authorElement == null
					&& PINGBACK_PREFIX.matcher(block.text()).find()) {
				authorElement = block.element();
				this.ledger.assign(block.number(), LineRole.COMMENT, "pingback", anchor);
			}
			else {
				String paragraph = anchor + "-" + (paragraphs.size() + 1);
				paragraphs.add(new ParsedPassage(paragraph, block.text(), block.number(), block.number()));
				this.ledger.assign(block.number(), LineRole.COMMENT, unit.pingback() ? "pingback excerpt" : null,
						paragraph);
			}
			last = inside ? block.number() : last;
		}
		String replyTo = (unit.parent() >= 0) ? this.anchors[unit.parent()] : null;
		return new ParsedComment(anchor, null, authorName(authorElement), readDate(dateElement), own.get(0).number(),
				last, paragraphs, replyTo, unit.pingback());
	}

	private String label(CommentThreads.Unit unit, TextBlock block, Set<TextBlock> authors, Set<TextBlock> dates) {
		if (!authors.contains(block) && !dates.contains(block)) {
			return "comment, after its replies";
		}
		String who = unit.pingback() ? "pingback" : "comment author";
		if (authors.contains(block) && dates.contains(block)) {
			return who + " and date";
		}
		return authors.contains(block) ? who : "comment date";
	}

	private String furniture(TextBlock block) {
		BlogLayout.Mark mark = this.layout.furnitureBelow(block, this.partOf::containsKey);
		if (mark != null) {
			return mark.label();
		}
		return block.isFurniture() ? block.furniture() : null;
	}

	/** The first block of the next comment, or -1. */
	private int nextStart(int i) {
		for (int j = i + 1; j < this.units.size(); j++) {
			if (!this.own.get(j).isEmpty()) {
				return this.own.get(j).get(0).number();
			}
		}
		return -1;
	}

	/** The comment's own first element matching, not one of a reply inside it. */
	private Element first(CommentThreads.Unit unit, int i, String css) {
		Evaluator query = QUERIES.computeIfAbsent(css, QueryParser::parse);
		for (Element e : this.elements.computeIfAbsent(i, (k) -> ownElements(unit))) {
			if (e.is(query) && this.layout.furnitureBelow(e, this.partOf::containsKey) == null && !e.text().isBlank()) {
				return e;
			}
		}
		return null;
	}

	/**
	 * The elements of a comment, in page order, without those of the replies nested in
	 * it; walked without recursion.
	 */
	private List<Element> ownElements(CommentThreads.Unit unit) {
		List<Element> found = new ArrayList<>();
		for (Element part : unit.parts()) {
			NodeTraversor.filter(new NodeFilter() {
				@Override
				public FilterResult head(Node node, int depth) {
					if (!(node instanceof Element e)) {
						return FilterResult.SKIP_CHILDREN;
					}
					if (e != part && HtmlComments.this.partOf.containsKey(e)) {
						return FilterResult.SKIP_ENTIRELY;
					}
					found.add(e);
					return FilterResult.CONTINUE;
				}

				@Override
				public FilterResult tail(Node node, int depth) {
					return FilterResult.CONTINUE;
				}
			}, part);
		}
		return found;
	}

	private Element author(CommentThreads.Unit unit, int i) {
		if (unit.root().normalName().equals("dt")) {
			Element link = unit.root().selectFirst("a[href]");
			return (link != null) ? link : unit.root();
		}
		if (unit.pingback()) {
			Element link = first(unit, i, ".fn, a.url, a[href]");
			if (link != null) {
				return link;
			}
		}
		for (String css : AUTHORS) {
			Element e = first(unit, i, css);
			if (e != null) {
				return e;
			}
		}
		return null;
	}

	private static String authorName(Element author) {
		if (author == null) {
			return null;
		}
		Element name = author;
		if (!author.select(NOT_NAME).isEmpty()) {
			name = author.clone();
			name.select(NOT_NAME).remove();
		}
		String text = PINGBACK_PREFIX.matcher(name.text().strip()).replaceFirst("");
		if (!author.is(".fn, a, cite.user, .epoch-author-link, .comment-author-link")) {
			text = SAYS.matcher(text).replaceFirst("");
		}
		text = text.replaceFirst("[\\s\u00b7|\u2022-]+$", "").strip();
		return text.isEmpty() ? null : text;
	}

	private Element date(CommentThreads.Unit unit, int i) {
		Element time = first(unit, i, "time");
		return (time != null) ? time : first(unit, i, DATES);
	}

	/**
	 * A comment's date: its {@code datetime}, else its text, else its text completed by
	 * the post's year, else the Unix time in its permalink.
	 */
	private LocalDate readDate(Element element) {
		if (element == null) {
			return null;
		}
		Element time = element.normalName().equals("time") ? element : element.selectFirst("time[datetime]");
		LocalDate date = (time != null) ? BlogDates.iso(time.attr("datetime")) : null;
		if (date == null) {
			date = BlogDates.printed(element.text(), null);
		}
		if (date == null && this.postDate != null && BlogDates.lacksYear(element.text())) {
			date = BlogDates.printed(element.text(), this.postDate);
			this.yearInferred = true;
		}
		if (date == null) {
			Element link = element.closest("a[href]");
			link = (link != null) ? link : element.selectFirst("a[href]");
			date = (link != null) ? BlogDates.millis(link.attr("href")) : null;
		}
		return date;
	}

	/**
	 * The blocks an element's text lies in: the blocks inside it, or, for an inline
	 * element, the block of its nearest block-holding ancestor that holds its text.
	 */
	private Set<TextBlock> covering(Element element, List<TextBlock> own) {
		Set<TextBlock> found = new LinkedHashSet<>();
		if (element == null) {
			return found;
		}
		for (TextBlock block : this.page.within(element)) {
			if (own.contains(block)) {
				found.add(block);
			}
		}
		if (!found.isEmpty()) {
			return found;
		}
		String text = element.text().strip();
		for (Element at = element; at != null && found.isEmpty(); at = at.parent()) {
			for (TextBlock block : own) {
				if (block.element() == at && block.text().contains(text)) {
					found.add(block);
					break;
				}
			}
		}
		return found;
	}

}
