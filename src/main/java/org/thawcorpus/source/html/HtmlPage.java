package org.thawcorpus.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.thawcorpus.source.LineOrigin;
import org.thawcorpus.source.SourceLines;

/**
 * A saved web page, parsed: its element tree, its text blocks in document order (the
 * page's "lines", which every kind's reader accounts for one by one), its metadata
 * ({@code <title>}, {@code <meta>} tags, JSON-LD). Parsing never runs a script or fetches
 * anything: jsoup builds the tree from the text alone.
 */
public final class HtmlPage {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Document dom;

	private final List<TextBlock> blocks;

	private final Map<Element, int[]> spans;

	private final SourceLines lines;

	private final int skipped;

	private final List<JsonNode> jsonLd;

	private HtmlPage(Document dom, String html) {
		this.dom = dom;
		HtmlBlocks.Result cut = HtmlBlocks.cut(dom.body(), html);
		this.blocks = cut.blocks();
		this.spans = cut.spans();
		this.skipped = cut.skipped();
		this.lines = SourceLines.ofBlocks(this.blocks.stream().map(TextBlock::text).toList(),
				this.blocks.stream().map((b) -> new LineOrigin(b.path(), b.sourceLine(), b.markup())).toList());
		this.jsonLd = readJsonLd(dom);
	}

	/** Parses a page's markup. */
	public static HtmlPage parse(String html) {
		Parser parser = Parser.htmlParser().setTrackPosition(true);
		return new HtmlPage(parser.parseInput(html, ""), html);
	}

	/**
	 * Whether a text is an HTML document rather than a text copy: it opens with markup.
	 */
	public static boolean looksLikeHtml(String text) {
		String start = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
		if (start.startsWith("\ufeff")) {
			start = start.substring(1).stripLeading();
		}
		while (start.startsWith("<!--")) {
			int end = start.indexOf("-->");
			if (end < 0) {
				return false;
			}
			start = start.substring(end + 3).stripLeading();
		}
		if (start.startsWith("<?xml")) {
			int end = start.indexOf("?>");
			start = (end < 0) ? "" : start.substring(end + 2).stripLeading();
		}
		return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
				|| (start.startsWith("<meta") && start.contains("<body"));
	}

	/** The element tree. */
	public Document dom() {
		return this.dom;
	}

	/** Every text block, in document order. */
	public List<TextBlock> blocks() {
		return this.blocks;
	}

	/** The block of that number (1-based). */
	public TextBlock block(int number) {
		return this.blocks.get(number - 1);
	}

	/** The blocks as the page's lines, for readers and the source view. */
	public SourceLines lines() {
		return this.lines;
	}

	/** The blocks inside an element (its own text included), in order. */
	public List<TextBlock> within(Element element) {
		int[] span = this.spans.get(element);
		if (span == null || span[1] < 0) {
			return List.of();
		}
		return this.blocks.subList(span[0], span[1]);
	}

	/**
	 * The block that holds an element's (first) text: for an element that holds blocks,
	 * its first; for an inline element (a link, a superscript), the block its text runs
	 * into. Empty for an element whose text was left out or that has none.
	 */
	public Optional<TextBlock> blockOf(Element element) {
		int[] span = this.spans.get(element);
		if (span == null || span[0] >= this.blocks.size() || element.wholeText().isBlank()) {
			return Optional.empty();
		}
		return Optional.of(this.blocks.get(span[0]));
	}

	/** The text of the blocks inside an element, joined by "\n". */
	public String textWithin(Element element) {
		return String.join("\n", within(element).stream().map(TextBlock::text).toList());
	}

	/**
	 * How many scripts, styles and drawings the body holds, none of them read as text.
	 */
	public int skippedElements() {
		return this.skipped;
	}

	/** The {@code <title>}, white space collapsed; empty if none. */
	public String documentTitle() {
		return this.dom.title().strip();
	}

	/**
	 * The {@code <title>} without a site's name after a dash or bar ("Penny - Stardew
	 * Valley Wiki" is "Penny"), when the page names that site (Open Graph's
	 * {@code og:site_name} or {@code application-name}), else as it stands.
	 */
	public String titleWithoutSite() {
		String title = documentTitle();
		String site = meta("og:site_name").or(() -> meta("application-name")).orElse(null);
		if (site != null) {
			for (String sep : List.of(" - ", " \u2013 ", " \u2014 ", " | ", " \u00b7 ", " : ")) {
				if (title.endsWith(sep + site)) {
					return title.substring(0, title.length() - sep.length() - site.length()).strip();
				}
			}
		}
		return title;
	}

	/**
	 * A {@code <meta>} value by {@code name} or {@code property}, stripped; empty if
	 * absent or blank.
	 */
	public Optional<String> meta(String nameOrProperty) {
		for (Element meta : this.dom.select("meta[name], meta[property], meta[itemprop]")) {
			String key = meta.hasAttr("property") ? meta.attr("property")
					: meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
			if (key.equalsIgnoreCase(nameOrProperty) && !meta.attr("content").isBlank()) {
				return Optional.of(meta.attr("content").strip());
			}
		}
		return Optional.empty();
	}

	/** The page's canonical URL as it declares it, if it does. */
	public Optional<String> canonicalUrl() {
		Element link = this.dom.selectFirst("link[rel=canonical][href]");
		if (link != null && !link.attr("href").isBlank()) {
			return Optional.of(link.attr("href").strip());
		}
		return meta("og:url");
	}

	/** Every JSON-LD object of the page, {@code @graph} members included, in order. */
	public List<JsonNode> jsonLd() {
		return this.jsonLd;
	}

	/** The first JSON-LD object of that {@code @type} (or with it among its types). */
	public Optional<JsonNode> jsonLd(String type) {
		return this.jsonLd.stream().filter((node) -> hasType(node, type)).findFirst();
	}

	/** Whether a JSON-LD object is of that type. */
	public static boolean hasType(JsonNode node, String type) {
		JsonNode t = node.path("@type");
		if (t.isArray()) {
			for (JsonNode each : t) {
				if (type.equals(each.asString(""))) {
					return true;
				}
			}
			return false;
		}
		return type.equals(t.asString(""));
	}

	/**
	 * A page's heading: the text of its first {@code h1} that is not furniture, if any.
	 */
	public Optional<String> firstHeading() {
		for (Element h1 : this.dom.body().select("h1")) {
			List<TextBlock> inside = within(h1);
			if (!inside.isEmpty() && !inside.get(0).isFurniture()) {
				return Optional.of(textWithin(h1).replace('\n', ' ').strip());
			}
		}
		return Optional.empty();
	}

	private static List<JsonNode> readJsonLd(Document dom) {
		List<JsonNode> found = new ArrayList<>();
		for (Element script : dom.select("script[type=application/ld+json]")) {
			try {
				collect(JSON.readTree(script.data()), found);
			}
			catch (JacksonException ex) {
				// A broken JSON-LD block says nothing; the page's markup still does.
			}
		}
		return List.copyOf(found);
	}

	private static void collect(JsonNode node, List<JsonNode> found) {
		if (node == null) {
			return;
		}
		if (node.isArray()) {
			node.forEach((each) -> collect(each, found));
			return;
		}
		if (node.isObject()) {
			if (node.has("@type")) {
				found.add(node);
			}
			if (node.has("@graph")) {
				collect(node.get("@graph"), found);
			}
		}
	}

}
