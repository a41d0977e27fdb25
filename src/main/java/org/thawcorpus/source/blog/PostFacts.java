package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

import org.thawcorpus.source.html.HtmlPage;

/**
 * Who wrote a post, when, and on which blog, as a saved page states it: machine-readable
 * values first ({@code <time datetime>}, Blogger's {@code abbr.published[title]},
 * {@code itemprop}, Open Graph, JSON-LD), the byline and date header as printed second.
 *
 * @param author the post's author, or null
 * @param published the day the post was published, or null
 * @param blogName the blog's name, or null
 */
record PostFacts(String author, LocalDate published, String blogName) {

	private static final List<String> DATE_ATTRIBUTES = List.of("datetime", "content", "title");

	private static final List<String> PUBLISHED = List.of("time.published", "time.entry-date", "time.entry-published",
			"[itemprop=datePublished]", "abbr.published", ".published[title]");

	private static final String PRINTED_DATE = ".date-header, .entry-date, .posted-on, .post-date, "
			+ "#wpcom-comments-date, .entry-published, .post-timestamp, time";

	private static final List<String> AUTHOR = List.of(".byline .fn", ".entry-author [itemprop=name]",
			".post-author [itemprop=name]", ".post-author .fn", ".author.vcard .fn", ".byline .author", ".entry-author",
			".post-author-name", ".author .fn", "[itemprop=author] [itemprop=name]", ".author-name", "a[rel=author]");

	private static final String BLOG_NAME = ".site-title, #blog-title, .blog-title, #site-title, .titlewrapper .title";

	/** Reads the facts of the post the layout found. */
	static PostFacts of(HtmlPage page, BlogLayout layout) {
		return new PostFacts(author(page, layout), published(page, layout), blogName(page, layout));
	}

	private static LocalDate published(HtmlPage page, BlogLayout layout) {
		for (String css : PUBLISHED) {
			for (Element e : own(page, layout, css)) {
				for (String attribute : DATE_ATTRIBUTES) {
					LocalDate date = BlogDates.iso(e.attr(attribute));
					if (date != null) {
						return date;
					}
				}
			}
		}
		LocalDate meta = page.meta("article:published_time").map(BlogDates::iso).orElse(null);
		if (meta != null) {
			return meta;
		}
		LocalDate jsonLd = posting(page).map((node) -> BlogDates.iso(node.path("datePublished").asString("")))
			.orElse(null);
		if (jsonLd != null) {
			return jsonLd;
		}
		for (Element e : own(page, layout, PRINTED_DATE)) {
			LocalDate date = BlogDates.iso(e.attr("datetime"));
			date = (date != null) ? date : BlogDates.printed(e.text(), null);
			if (date != null) {
				return date;
			}
		}
		return null;
	}

	private static String author(HtmlPage page, BlogLayout layout) {
		for (String css : AUTHOR) {
			for (Element e : own(page, layout, css)) {
				String name = e.text().strip();
				if (!name.isEmpty()) {
					return name;
				}
			}
		}
		Optional<String> jsonLd = posting(page).map((node) -> {
			JsonNode author = node.path("author");
			author = author.isArray() ? author.path(0) : author;
			return author.isObject() ? author.path("name").asString("") : author.asString("");
		}).filter((name) -> !name.isBlank());
		return jsonLd.or(() -> page.meta("author")).orElse(null);
	}

	private static String blogName(HtmlPage page, BlogLayout layout) {
		Optional<String> site = page.meta("og:site_name");
		if (site.isPresent()) {
			return site.get();
		}
		for (Element name : layout.index().select(BLOG_NAME)) {
			if (!name.text().isBlank()) {
				return name.text().strip();
			}
		}
		return page.meta("application-name").orElse(null);
	}

	/**
	 * The elements matching in the post (or a Blogger date header before it), outside its
	 * text; on a page without a post found, anywhere.
	 */
	private static List<Element> own(HtmlPage page, BlogLayout layout, String css) {
		List<Element> found = new ArrayList<>();
		if (layout.post() != null) {
			found.addAll(layout.index().select(".date-header").stream().filter((e) -> e.is(css)).toList());
		}
		List<Element> scoped = (layout.post() != null) ? layout.post().select(css) : layout.index().select(css);
		for (Element e : scoped) {
			boolean inText = layout.content() != null && e.parents().contains(layout.content());
			boolean inComment = e.closest(".comment, .comments, #comments, .comments-area") != null;
			if (!inText && !inComment) {
				found.add(e);
			}
		}
		return found;
	}

	private static Optional<JsonNode> posting(HtmlPage page) {
		return page.jsonLd("BlogPosting").or(() -> page.jsonLd("Article")).or(() -> page.jsonLd("NewsArticle"));
	}

}
