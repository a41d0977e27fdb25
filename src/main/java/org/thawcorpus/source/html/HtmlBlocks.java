package org.thawcorpus.source.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page's body into text blocks, in document order, the way a reader sees its text:
 * each block element (paragraph, heading, list item, cell) and each run of inline content
 * between block elements is one block; two line breaks in a row ({@code <br>
 * <br>
 * }, as pages that write no paragraph elements separate their paragraphs) end a run too,
 * so that each such paragraph is a block of its own. Every text node of the body lands in
 * exactly one block; only scripts, styles, templates and drawings ({@code <svg>}), which
 * are not text a reader sees, and furniture that holds no visible text (white space
 * only), are left out, and counted. Iterative throughout, so that deeply nested markup
 * cannot exhaust the stack.
 */
final class HtmlBlocks {

	static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
			"center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
			"form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "iframe", "legend", "li", "main",
			"menu", "nav", "noscript", "ol", "option", "p", "pre", "section", "select", "summary", "table", "tbody",
			"td", "textarea", "tfoot", "th", "thead", "tr", "ul", "button");

	/** Elements whose content is not text a reader sees. */
	static final Set<String> NOT_TEXT = Set.of("script", "style", "template", "svg", "head", "link", "meta");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u000B]+");

	private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" *\n *");

	private final String html;

	private final List<TextBlock> blocks = new ArrayList<>();

	private final Map<Element, int[]> spans = new IdentityHashMap<>();

	private final Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());

	private final Set<Element> boundaries = Collections.newSetFromMap(new IdentityHashMap<>());

	private final Deque<Element> owners = new ArrayDeque<>();

	/** The second line breaks of pairs, which end a paragraph and belong to no block. */
	private final Set<Element> paragraphBreaks = Collections.newSetFromMap(new IdentityHashMap<>());

	private final StringBuilder run = new StringBuilder();

	private int runStart = -1;

	private int runEnd = -1;

	private int runLine = -1;

	private int preDepth;

	private Element furnitureRoot;

	private String furnitureReason;

	private int skipped;

	/** How many runs were ended so far. */
	private int flushes;

	/** The run's length after its last text that is not white space; -1 if none. */
	private int lastText = -1;

	private int contentDepth;

	private final Set<Element> contentRoots = Collections.newSetFromMap(new IdentityHashMap<>());

	private HtmlBlocks(String html) {
		this.html = html;
	}

	/** The blocks of a body, with each element's span of blocks. */
	static Result cut(Element body, String html) {
		HtmlBlocks cutter = new HtmlBlocks(html);
		cutter.markContainers(body);
		cutter.walk(body);
		return new Result(List.copyOf(cutter.blocks), cutter.spans, cutter.skipped);
	}

	record Result(List<TextBlock> blocks, Map<Element, int[]> spans, int skipped) {

	}

	/** Finds, in one pass, every element that holds a block element somewhere inside. */
	private void markContainers(Element body) {
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				return (node instanceof Element e && NOT_TEXT.contains(e.normalName())) ? FilterResult.SKIP_ENTIRELY
						: FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element e && e != body && e.parent() != null
						&& (BLOCK_TAGS.contains(e.normalName()) || HtmlBlocks.this.holdsBlocks.contains(e))) {
					HtmlBlocks.this.holdsBlocks.add(e.parent());
				}
				return FilterResult.CONTINUE;
			}
		}, body);
	}

	private void walk(Element body) {
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element e) {
					return enter(e, e == body);
				}
				if (node instanceof TextNode t) {
					text(t);
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element e) {
					leave(e);
				}
				return FilterResult.CONTINUE;
			}
		}, body);
		flush(null);
	}

	private NodeFilter.FilterResult enter(Element e, boolean isBody) {
		String tag = e.normalName();
		if (NOT_TEXT.contains(tag)) {
			this.skipped++;
			return NodeFilter.FilterResult.SKIP_ENTIRELY;
		}
		String reason = (this.furnitureRoot == null && !isBody) ? HtmlFurniture.reason(e, this.contentDepth > 0) : null;
		if (reason != null && holdsNoVisibleText(e)) {
			this.skipped++;
			return NodeFilter.FilterResult.SKIP_ENTIRELY;
		}
		if (HtmlFurniture.isContent(e)) {
			this.contentRoots.add(e);
			this.contentDepth++;
		}
		boolean boundary = isBody || BLOCK_TAGS.contains(tag) || this.holdsBlocks.contains(e) || reason != null;
		if (boundary) {
			flush(null);
			this.boundaries.add(e);
			this.owners.push(e);
		}
		if (reason != null) {
			this.furnitureRoot = e;
			this.furnitureReason = reason;
		}
		this.spans.put(e, new int[] { this.blocks.size(), -1, this.flushes, this.run.length() });
		if (tag.equals("pre") || tag.equals("textarea")) {
			this.preDepth++;
		}
		if (tag.equals("br")) {
			if (this.preDepth == 0 && endsWithBreak(this.run)) {
				flush(null);
				this.paragraphBreaks.add(e);
				return NodeFilter.FilterResult.CONTINUE;
			}
			this.run.append('\n');
		}
		if (!boundary) {
			extend(e.sourceRange());
		}
		return NodeFilter.FilterResult.CONTINUE;
	}

	/**
	 * Whether an element holds white space only, non-breaking spaces included (the hidden
	 * {@code &nbsp;} of a COinS span, an icon button): as furniture it would only split
	 * the text around it, so it is left out like a script.
	 */
	private static boolean holdsNoVisibleText(Element e) {
		String text = e.wholeText();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	private void leave(Element e) {
		if (!this.spans.containsKey(e)) {
			return;
		}
		String tag = e.normalName();
		if (!this.boundaries.contains(e)) {
			if (!this.paragraphBreaks.contains(e)) {
				Range end = e.endSourceRange();
				extend(end.isTracked() ? end : e.sourceRange());
			}
		}
		else {
			flush(e);
			this.owners.pop();
		}
		if (this.contentRoots.contains(e)) {
			this.contentDepth--;
		}
		if (e == this.furnitureRoot) {
			this.furnitureRoot = null;
			this.furnitureReason = null;
		}
		if (tag.equals("pre") || tag.equals("textarea")) {
			this.preDepth--;
		}
		int[] span = this.spans.get(e);
		span[1] = this.blocks.size() + (holdsPendingText(e, span) ? 1 : 0);
	}

	private void text(TextNode t) {
		String whole = t.getWholeText();
		if (this.preDepth > 0) {
			this.run.append(whole);
			noteText(whole);
		}
		else {
			String collapsed = SPACES.matcher(whole).replaceAll(" ");
			if (collapsed.startsWith(" ") && (this.run.isEmpty() || endsWithSpace(this.run))) {
				collapsed = collapsed.substring(1);
			}
			this.run.append(collapsed);
			noteText(collapsed);
		}
		extend(t.sourceRange());
	}

	private void noteText(String appended) {
		if (!appended.isBlank()) {
			this.lastText = this.run.length();
		}
	}

	/**
	 * Whether an inline element being left put text into the run not yet cut as a block:
	 * that block, cut later, is the element's too.
	 */
	private boolean holdsPendingText(Element e, int[] span) {
		if (this.boundaries.contains(e) || this.lastText < 0) {
			return false;
		}
		return span[2] != this.flushes || this.lastText > span[3];
	}

	/** Whether the run's last character other than a space is a line break. */
	private static boolean endsWithBreak(StringBuilder sb) {
		for (int i = sb.length() - 1; i >= 0; i--) {
			char c = sb.charAt(i);
			if (c != ' ') {
				return c == '\n';
			}
		}
		return false;
	}

	private static boolean endsWithSpace(StringBuilder sb) {
		char last = sb.charAt(sb.length() - 1);
		return last == ' ' || last == '\n';
	}

	private void extend(Range range) {
		if (!range.isTracked()) {
			return;
		}
		if (this.runStart < 0) {
			this.runStart = range.startPos();
			this.runLine = range.start().lineNumber();
		}
		this.runEnd = Math.max(this.runEnd, range.endPos());
	}

	/**
	 * Ends the current run of inline content as a block.
	 * @param closing the boundary element being left, or null when a new boundary starts
	 */
	private void flush(Element closing) {
		String text = (this.preDepth > 0) ? stripBlankEdges(this.run.toString())
				: SPACE_AROUND_BREAK.matcher(this.run).replaceAll("\n").strip();
		if (!text.isBlank()) {
			Element owner = this.owners.isEmpty() ? closing : this.owners.peek();
			String markup = markup(owner, closing);
			int line = (this.runLine > 0) ? this.runLine : lineOf(owner);
			this.blocks.add(new TextBlock(this.blocks.size() + 1, text, owner, path(owner), line, markup,
					this.furnitureReason));
		}
		this.run.setLength(0);
		this.flushes++;
		this.lastText = -1;
		this.runStart = -1;
		this.runEnd = -1;
		this.runLine = -1;
	}

	/**
	 * The markup of the run: the whole element when the run is all of it, else the span
	 * of the file from the run's first node to its last.
	 */
	private String markup(Element owner, Element closing) {
		if (closing != null && closing == owner && !this.holdsBlocks.contains(owner)
				&& this.spans.get(owner)[0] == this.blocks.size()) {
			Range start = owner.sourceRange();
			Range end = owner.endSourceRange();
			if (start.isTracked() && end.isTracked() && start.startPos() <= end.endPos()
					&& end.endPos() <= this.html.length()) {
				return this.html.substring(start.startPos(), end.endPos());
			}
		}
		if (this.runStart >= 0 && this.runEnd <= this.html.length() && this.runStart < this.runEnd) {
			return this.html.substring(this.runStart, this.runEnd);
		}
		return "";
	}

	private static int lineOf(Element e) {
		Range range = (e != null) ? e.sourceRange() : null;
		return (range != null && range.isTracked()) ? range.start().lineNumber() : 0;
	}

	private static String stripBlankEdges(String text) {
		return text.replaceFirst("^(?:[ \\t]*\\R)+", "").stripTrailing();
	}

	/** "div#content > p.lead": the element and up to two ancestors. */
	static String path(Element e) {
		if (e == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		Element at = e;
		for (int i = 0; i < 3 && at != null && !at.normalName().equals("#root"); i++) {
			parts.add(0, describe(at));
			at = at.parent();
		}
		return String.join(" > ", parts);
	}

	private static String describe(Element e) {
		String id = e.id();
		if (!id.isEmpty() && id.length() <= 40) {
			return e.normalName() + "#" + id;
		}
		String firstClass = e.classNames().stream().filter((c) -> !c.isEmpty()).findFirst().orElse(null);
		return (firstClass != null && firstClass.length() <= 40) ? e.normalName() + "." + firstClass : e.normalName();
	}

}
