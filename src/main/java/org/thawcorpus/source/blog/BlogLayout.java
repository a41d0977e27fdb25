package org.thawcorpus.source.blog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * Where a blog page keeps what: the post (WordPress's {@code article.hentry}, Blogger's
 * {@code div.post}), its text ({@code .entry-content}, {@code .post-body},
 * {@code .entrytext}), its title ({@code .entry-title}, {@code .post-title}), and the
 * elements around it that the blog engines name by class: bylines, dates, categories and
 * labels (metadata); share buttons, related posts, the comment form, reply links, post
 * navigation (furniture). A block takes the mark of the nearest marked element around it.
 * All from class names and elements, never from the text.
 */
final class BlogLayout {

	/** What a marked element is. */
	enum Role {

		TITLE, METADATA, FURNITURE, BODY, POST

	}

	/** A marked element's role and what it is called. */
	record Mark(Role role, String label) {

	}

	static final String COMMENTS_CLAIMED = "comments claimed";

	private static final Pattern WHITE = Pattern.compile("[\\s\u00a0]+");

	private static final String CONTENT = ".entry-content, .post-body, .entrytext, .post-content, .entry-body, "
			+ ".article-content, .post-entry, .blog-post-body, [itemprop=articleBody]";

	private static final String POST = "article, .hentry, .type-post, .post, .post-outer, [itemtype*=BlogPosting], "
			+ "[id~=^post-\\d+$]";

	private static final String TITLE = ".entry-title, .post-title, [itemprop=headline]";

	/** Marked elements, most specific first: the first rule to mark an element wins. */
	private static final List<Rule> RULES = List.of(
			furniture("#respond, .comment-respond, #commentform, "
					+ ".comment-form, #comment-form, #comment-editor, #comment-post-message", "comment form"),
			furniture(".nocomments, .comments-closed", "comments closed"),
			furniture(".comment-navigation, .commentnav, .comments-pagination, #comment-nav-above, "
					+ "#comment-nav-below", "comment navigation"),
			furniture(".reply, .comment-reply-link, .comment-reply, .comment-reply-login, .epoch-reply, "
					+ ".comment-actions, .epoch-comment-actions, .continue, .comment-replybox-single, "
					+ ".comment-replybox-thread, .loadmore", "reply link"),
			furniture(".thread-toggle", "thread toggle"),
			furniture(".comment-likes, .comment-like, .comment-like-link", "like button"),
			furniture(".edit-link, .post-edit-link, .comment-edit-link", "edit link"),
			furniture(".item-control, .blog-admin", "admin links"),
			furniture(".sharedaddy, .sd-sharing, .sharing, .share-buttons, .post-share-buttons, "
					+ ".addtoany_share_save_container, .social-share", "share buttons"),
			furniture(".sd-like, .likes-widget-placeholder, .wpl-likebox, #likes-other-gravatars", "like buttons"),
			furniture("#jp-relatedposts, .jp-relatedposts, .related-posts, .yarpp-related, .crp_related, "
					+ "#related-posts", "related posts"),
			furniture(".post-navigation, #post-navigation, .nav-links, .loop-nav, .navigation, #blog-pager, "
					+ ".blog-pager, .post-nav, .nav-single", "post navigation"),
			furniture(".post-feeds, .feed-links", "feed links"),
			furniture(".printfriendly, .pf-button, .printfriendly-button", "print button"),
			furniture(".blog-subscribe, .jetpack_subscription_widget", "subscription prompt"),
			metadata(".comments-title, .commentsheader, .comment-count-area, #comments-title, .comments-count, "
					+ "div.comments > h4", COMMENTS_CLAIMED),
			metadata(".post-labels", "labels"),
			metadata(".cat-links, .categories, .post-categories, .entry-categories, .category-links", "categories"),
			metadata(".tags-links, .post-tags, .entry-tags, .tag-links, .tags", "tags"),
			metadata(".date-header, .entry-date, .posted-on, .post-date, .entry-published, time.published, "
					+ ".post-timestamp, #wpcom-comments-date, .entry-time", "post date"),
			metadata(".post-author-name, .entry-author, .post-author, .author-name", "post author"),
			metadata(".entry-byline, .byline, .entry-meta, .post-meta, .post-meta-top, .post-header, .post-info, "
					+ ".postmeta, .post-byline", "byline"),
			metadata(".entry-footer, .post-footer, .entry-utility, .postmetadata", "post footer"),
			metadata(".author-info, .author-bio, .author-box, .about-author, .author-description, "
					+ ".author-heading, #author-info", "about the author"),
			metadata(".site-title, #blog-title, .blog-title, #site-title, .titlewrapper", "blog name"),
			metadata(".site-description, #blog-tagline, .blog-tagline, .descriptionwrapper, #site-description, "
					+ ".tagline", "blog description"));

	private final ElementIndex index;

	private final Element post;

	private final Element content;

	private final Element title;

	private final Map<Element, Mark> marks = new IdentityHashMap<>();

	private final Map<Element, Mark> nearest = new IdentityHashMap<>();

	/** Marks of blocks whose whole text is one marked inline element's. */
	private final Map<Integer, Mark> inline = new HashMap<>();

	private final Mark none = new Mark(null, null);

	private BlogLayout(HtmlPage page) {
		this.index = ElementIndex.of(page.dom().body());
		this.content = content(page, this.index);
		this.post = (this.content != null) ? container(this.content) : null;
		this.title = title(page, this.index, this.post, this.content);
		if (this.title != null) {
			this.marks.put(this.title, new Mark(Role.TITLE, "title"));
		}
		for (Rule rule : RULES) {
			for (Element e : this.index.select(rule.css())) {
				this.marks.putIfAbsent(e, rule.mark());
			}
		}
		if (this.content != null) {
			this.marks.putIfAbsent(this.content, new Mark(Role.BODY, "post text"));
			this.marks.putIfAbsent(this.post, new Mark(Role.POST, "post"));
		}
		markInline(page);
	}

	/**
	 * Gives a block the mark of an inline element (a {@code span} of reply and delete
	 * links) when the block's whole text is that element's text.
	 */
	private void markInline(HtmlPage page) {
		Map<Element, List<TextBlock>> byOwner = new IdentityHashMap<>();
		for (TextBlock block : page.blocks()) {
			byOwner.computeIfAbsent(block.element(), (e) -> new ArrayList<>()).add(block);
		}
		List<Element> marked = new ArrayList<>(this.marks.keySet());
		marked.sort((a, b) -> Integer.compare(b.sourceRange().startPos(), a.sourceRange().startPos()));
		for (Element e : marked) {
			Mark mark = this.marks.get(e);
			if (mark.role() != Role.FURNITURE || byOwner.containsKey(e) || holdsBlocks(page, e)) {
				continue;
			}
			String text = squeezed(e.text());
			for (Element at = e.parent(); at != null && !text.isEmpty(); at = at.parent()) {
				List<TextBlock> blocks = byOwner.get(at);
				if (blocks != null) {
					blocks.stream()
						.filter((b) -> squeezed(b.text()).equals(text))
						.forEach((b) -> this.inline.putIfAbsent(b.number(), mark));
					break;
				}
			}
		}
	}

	/**
	 * Whether blocks of the element's own start inside it (an inline element's text runs
	 * into a block of an element around it instead).
	 */
	private static boolean holdsBlocks(HtmlPage page, Element e) {
		for (TextBlock block : page.within(e)) {
			for (Element at = block.element(); at != null; at = at.parent()) {
				if (at == e) {
					return true;
				}
			}
		}
		return false;
	}

	private static String squeezed(String text) {
		return WHITE.matcher(text).replaceAll("");
	}

	/** Finds the post, its text and its title on a page. */
	static BlogLayout of(HtmlPage page) {
		return new BlogLayout(page);
	}

	/** The page's elements, indexed. */
	ElementIndex index() {
		return this.index;
	}

	/** The element holding the post, its title and byline; null if none was found. */
	Element post() {
		return this.post;
	}

	/** The element holding the post's text; null if none was found. */
	Element content() {
		return this.content;
	}

	/** The post's title element; null if none was found. */
	Element title() {
		return this.title;
	}

	/** Whether the block lies inside the post's element. */
	boolean inPost(TextBlock block) {
		return this.post != null && block.isWithin(this.post);
	}

	/** The mark of the nearest marked element around the block, or null. */
	Mark mark(TextBlock block) {
		Mark inlineMark = this.inline.get(block.number());
		if (inlineMark != null) {
			return inlineMark;
		}
		Mark mark = nearest(block.element());
		return (mark == this.none) ? null : mark;
	}

	/**
	 * The nearest furniture mark from an element (inclusive) up to the first element that
	 * {@code stop} accepts (exclusive), or null.
	 */
	Mark furnitureBelow(TextBlock block, Predicate<Element> stop) {
		Mark inlineMark = this.inline.get(block.number());
		return (inlineMark != null) ? inlineMark : furnitureBelow(block.element(), stop);
	}

	/**
	 * The nearest furniture mark from an element (inclusive) up to the first element that
	 * {@code stop} accepts (exclusive), or null.
	 */
	Mark furnitureBelow(Element from, Predicate<Element> stop) {
		for (Element e = from; e != null && !stop.test(e); e = e.parent()) {
			Mark mark = this.marks.get(e);
			if (mark != null && mark.role() == Role.FURNITURE) {
				return mark;
			}
		}
		return null;
	}

	/**
	 * What a metadata block is: for a footer or byline block, the more specific field it
	 * holds ("post date", "categories"), or "byline" when it names the author.
	 */
	String metadataLabel(TextBlock block, Mark mark) {
		if (!mark.label().equals("post footer") && !mark.label().equals("byline")) {
			return mark.label();
		}
		Set<String> held = new LinkedHashSet<>();
		for (Element e : block.element().getAllElements()) {
			Mark inner = this.marks.get(e);
			String text = e.text().strip();
			if (e != block.element() && inner != null && inner.role() == Role.METADATA && !text.isEmpty()
					&& block.text().contains(text)) {
				held.add(inner.label());
			}
		}
		if (held.contains("post author") || held.contains("byline")) {
			return "byline";
		}
		return (held.size() == 1) ? held.iterator().next() : mark.label();
	}

	/** The elements marked as the comments header, in page order. */
	List<Element> commentsHeaders() {
		List<Element> headers = new ArrayList<>();
		this.marks.forEach((e, mark) -> {
			if (COMMENTS_CLAIMED.equals(mark.label())) {
				headers.add(e);
			}
		});
		headers.sort((a, b) -> Integer.compare(a.sourceRange().startPos(), b.sourceRange().startPos()));
		return headers;
	}

	/** Walks up without recursion, remembering each element's nearest mark. */
	private Mark nearest(Element from) {
		List<Element> chain = new ArrayList<>();
		Mark found = this.none;
		for (Element e = from; e != null; e = e.parent()) {
			Mark known = this.nearest.get(e);
			if (known != null) {
				found = known;
				break;
			}
			chain.add(e);
			Mark mark = this.marks.get(e);
			if (mark != null) {
				found = mark;
				break;
			}
		}
		for (Element e : chain) {
			this.nearest.put(e, found);
		}
		return found;
	}

	/**
	 * The largest element of post text that is not all furniture, widened to the
	 * outermost.
	 */
	private static Element content(HtmlPage page, ElementIndex index) {
		Element best = null;
		int bestLength = 0;
		for (Element candidate : index.select(CONTENT)) {
			int length = page.within(candidate)
				.stream()
				.filter((b) -> !b.isFurniture())
				.mapToInt((b) -> b.text().length())
				.sum();
			if (length > bestLength) {
				best = candidate;
				bestLength = length;
			}
		}
		for (Element e = (best != null) ? best.parent() : null; e != null; e = e.parent()) {
			if (e.is(CONTENT)) {
				best = e;
			}
		}
		return best;
	}

	private static Element container(Element content) {
		Element post = content.parents().stream().filter((e) -> e.is(POST)).findFirst().orElse(null);
		return (post != null) ? post : content.parent();
	}

	/** The post's title element: in the post and outside its text, else anywhere. */
	private static Element title(HtmlPage page, ElementIndex index, Element post, Element content) {
		if (post != null) {
			for (Element e : post.select(TITLE)) {
				if ((content == null || !e.parents().contains(content)) && hasText(page, e)) {
					return e;
				}
			}
			for (Element e : post.select("h1")) {
				if ((content == null || !e.parents().contains(content)) && hasText(page, e)) {
					return e;
				}
			}
		}
		for (Element e : index.select(TITLE)) {
			if (hasText(page, e)) {
				return e;
			}
		}
		return null;
	}

	private static boolean hasText(HtmlPage page, Element e) {
		return page.within(e).stream().anyMatch((b) -> !b.isFurniture());
	}

	private static Rule furniture(String css, String label) {
		return new Rule(css, new Mark(Role.FURNITURE, label));
	}

	private static Rule metadata(String css, String label) {
		return new Rule(css, new Mark(Role.METADATA, label));
	}

	private record Rule(String css, Mark mark) {

	}

}
