package org.thawcorpus.source.blog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.PageReader;
import org.thawcorpus.source.html.TextBlock;
import org.thawcorpus.text.TextFolding;

/**
 * Reads a saved blog post from its markup into the records the text reader makes: the
 * post's title (its entry title, not the blog's name, a date header or the
 * {@code <title>}), its text as sections and passages, a works-cited list as citations,
 * the comments under it with the count the page claims, and notes.
 * <p>
 * Every block is accounted for by where it stands (see {@link BlogLayout}): the post's
 * title; the byline, date, categories, labels and author box as metadata; the post's
 * text; the comments (see {@link HtmlComments}); furniture the page's structure or the
 * blog engine's class names mark, named for what it is; and, once the post is found,
 * whatever stands outside the post and its comments (headers, sidebars, footers) as
 * furniture too. A page on which no post is found is read block by block, every block
 * that is not furniture a passage.
 */
final class BlogPostHtmlReader {

	/**
	 * Landmark reasons of the structure that a blog's own marks inside the post outrank.
	 */
	private static final Set<String> LANDMARKS = Set.of("page header", "page footer", "sidebar");

	private static final Pattern COUNT = Pattern.compile("\\d[\\d,.\\u00a0\\u202f]*");

	private static final Pattern SPLIT = Pattern.compile("[-_\\s]+");

	/** Words for "one" and "no" that open a comments header in the languages known. */
	private static final Set<String> ONE = Set.of("one", "ein", "eine", "einen", "un", "une", "uno", "una", "um", "uma",
			"een", "jeden", "jedna", "один", "одна");

	private static final Set<String> NONE = Set.of("no", "keine", "kein", "aucun", "aucune", "ningun", "nessun",
			"nessuno", "geen", "zadnych", "нет");

	private final HtmlPage page;

	private final BlogLayout layout;

	private final LineLedger ledger;

	private final List<SourceNote> notes = new ArrayList<>();

	private BlogPostHtmlReader(HtmlPage page) {
		this.page = page;
		this.layout = BlogLayout.of(page);
		this.ledger = new LineLedger(page.lines());
	}

	/** Reads a saved blog post. */
	static ParsedDocument read(HtmlPage page) {
		return new BlogPostHtmlReader(page).read();
	}

	private ParsedDocument read() {
		PostFacts facts = PostFacts.of(this.page, this.layout);
		HtmlComments.Result comments = HtmlComments.read(this.page, this.layout, this.ledger, facts.published());
		HtmlPostBody body = new HtmlPostBody(this.page.lines(), this.ledger, this.notes);
		for (TextBlock block : this.page.blocks()) {
			if (this.ledger.isAssigned(block.number())) {
				body.interrupt();
				continue;
			}
			if (!readBlock(block, body)) {
				body.interrupt();
			}
		}
		List<ParsedSection> sections = body.finish();
		Integer claimed = claimed();
		int present = comments.comments().size();
		if (claimed != null && claimed != present) {
			this.notes
				.add(new SourceNote(claimedLine(), NoteKind.CLAIMED_VS_PRESENT, claimedMessage(claimed, present)));
		}
		if (comments.yearInferred()) {
			this.notes.add(new SourceNote(null, NoteKind.OTHER, "Some comment dates are printed without a year; "
					+ "the year is taken as the first on or after the post's date."));
		}
		this.notes.sort(Comparator.comparing(SourceNote::line, Comparator.nullsFirst(Comparator.naturalOrder())));
		return new ParsedDocument(BlogPostKind.KIND, title(), sections,
				List.of(new ParsedComments(claimed, comments.comments()), new ParsedByline(facts.author(),
						facts.published(), facts.blogName(), this.page.canonicalUrl().orElse(null))),
				this.notes, this.ledger.uses());
	}

	/**
	 * Accounts for a block outside the comments.
	 * @return whether the block was read as the post's text
	 */
	private boolean readBlock(TextBlock block, HtmlPostBody body) {
		int n = block.number();
		BlogLayout.Mark mark = this.layout.mark(block);
		BlogLayout.Role role = (mark != null) ? mark.role() : null;
		if (role == BlogLayout.Role.FURNITURE) {
			this.ledger.assign(n, LineRole.FURNITURE, mark.label(), null);
			return false;
		}
		if (block.isFurniture() && !(this.layout.inPost(block) && LANDMARKS.contains(block.furniture()) && role != null
				&& role != BlogLayout.Role.POST)) {
			this.ledger.assign(n, LineRole.FURNITURE, block.furniture(), null);
			return false;
		}
		if (role == BlogLayout.Role.TITLE) {
			this.ledger.assign(n, LineRole.TITLE, "title", null);
			return false;
		}
		if (role == BlogLayout.Role.METADATA) {
			this.ledger.assign(n, LineRole.METADATA, this.layout.metadataLabel(block, mark), null);
			return false;
		}
		if (role == BlogLayout.Role.BODY || role == BlogLayout.Role.POST || this.layout.post() == null) {
			body.add(block);
			return true;
		}
		this.ledger.assign(n, LineRole.FURNITURE, outside(block), null);
		return false;
	}

	/**
	 * What a block outside the post and its comments is, by the class and id words of the
	 * elements around it.
	 */
	private static String outside(TextBlock block) {
		for (Element e = block.element(); e != null; e = e.parent()) {
			for (String word : SPLIT.split((e.id() + " " + e.className()).toLowerCase(Locale.ROOT))) {
				String label = switch (word) {
					case "footer", "colophon" -> "page footer";
					case "header", "masthead" -> "page header";
					case "widget", "widgets" -> "widget";
					case "sidebar" -> "sidebar";
					case "pager", "pagination" -> "post navigation";
					case "cta" -> "call to action";
					default -> null;
				};
				if (label != null) {
					return label;
				}
			}
		}
		return "outside the post";
	}

	private String title() {
		Element title = this.layout.title();
		if (title != null) {
			String text = this.page.textWithin(title).replace('\n', ' ').strip();
			if (!text.isEmpty()) {
				return text;
			}
		}
		return this.page.jsonLd("BlogPosting")
			.map((node) -> node.path("headline").asString(""))
			.filter((headline) -> !headline.isBlank())
			.or(() -> this.page.meta("og:title"))
			.orElseGet(() -> PageReader.title(this.page));
	}

	/**
	 * The count the comments header claims: a count the markup holds apart (Epoch's
	 * {@code #epoch-count}, {@code itemprop=commentCount}) first, else the header's
	 * number, or its word for one or none; else the JSON-LD {@code commentCount}.
	 */
	private Integer claimed() {
		for (Element header : this.layout.commentsHeaders()) {
			Element apart = header.selectFirst("#epoch-count, [itemprop=commentCount], .comment-count, .count");
			Integer count = (apart != null) ? number(apart.text()) : null;
			count = (count != null) ? count : number(header.text());
			if (count != null) {
				return count;
			}
		}
		return this.page.jsonLd()
			.stream()
			.filter((node) -> node.has("commentCount"))
			.map((node) -> number(node.path("commentCount").asString("")))
			.filter((count) -> count != null)
			.findFirst()
			.orElse(null);
	}

	private Integer claimedLine() {
		for (Element header : this.layout.commentsHeaders()) {
			List<TextBlock> blocks = this.page.within(header);
			if (!blocks.isEmpty()) {
				return blocks.get(0).number();
			}
		}
		return null;
	}

	/**
	 * The count a comments header states: as the text reader reads it, else the number or
	 * the word for one or none it opens with, else the first number in it.
	 */
	private static Integer number(String text) {
		String folded = TextFolding.fold(text).strip();
		Integer english = BlogShapes.commentsClaimed(folded);
		if (english != null) {
			return english;
		}
		Matcher m = COUNT.matcher(folded);
		String first = TextFolding.matchKey(folded).split("[\\s:(]+", 2)[0];
		if (ONE.contains(first)) {
			return 1;
		}
		if (NONE.contains(first)) {
			return 0;
		}
		if (m.find()) {
			String digits = m.group().replaceAll("[^\\d]", "");
			return (digits.length() <= 9) ? Integer.valueOf(digits) : null;
		}
		return null;
	}

	private static String claimedMessage(int claimed, int present) {
		String claims = "The page claims " + claimed + ((claimed == 1) ? " comment" : " comments");
		if (present == 0) {
			return claims + "; none of them is in this saved copy: the comments are not in the saved page "
					+ "(a script may load them when the page is viewed).";
		}
		return claims + "; this copy holds " + present + ".";
	}

}
