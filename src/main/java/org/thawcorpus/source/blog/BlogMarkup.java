package org.thawcorpus.source.blog;

import java.util.Locale;

import org.thawcorpus.source.Score;
import org.thawcorpus.source.html.HtmlPage;

/**
 * The markers of a blog post in a page's markup and metadata: JSON-LD
 * {@code BlogPosting}, a blog engine's generator tag (WordPress, Blogger), the entry
 * markup blog engines share ({@code .hentry}, {@code .type-post}, Blogger's
 * {@code .post-outer}), an entry title and entry text, a comment list and a comments
 * header, a reply form. Never the file name or the site's address.
 */
final class BlogMarkup {

	private static final String ENTRY = ".hentry, .type-post, article.post, div.post, .post-outer, "
			+ "[itemtype*=BlogPosting]";

	private static final String ENTRY_TITLE = ".entry-title, .post-title";

	private static final String ENTRY_TEXT = ".entry-content, .post-body, .entrytext";

	private static final String COMMENT_LIST = "ol.comment-list, ol.commentlist, ul.comment-list, ul.commentlist, "
			+ "#comments-block, .comment-thread, #epoch-comments, li.comment, .comments-area";

	private static final String COMMENTS_HEADER = ".comments-title, .commentsheader, .comment-count-area, "
			+ "#comments-title, div.comments > h4";

	private static final String REPLY_FORM = "#respond, #commentform, .comment-respond, #comment-editor";

	private BlogMarkup() {
	}

	static Score score(HtmlPage page) {
		ElementIndex body = ElementIndex.of(page.dom().body());
		boolean posting = page.jsonLd("BlogPosting").isPresent() || page.jsonLd("Blog").isPresent();
		String generator = page.meta("generator").orElse("").toLowerCase(Locale.ROOT);
		boolean engine = generator.startsWith("wordpress") || generator.startsWith("blogger");
		return Score.of(BlogPostKind.KIND)
			.add(posting, 3, "a JSON-LD BlogPosting")
			.add(engine, 1, "a blog engine's generator tag")
			.add(!body.select(ENTRY).isEmpty(), 2, "blog entry markup")
			.add(!body.select(ENTRY_TITLE).isEmpty(), 1, "an entry title")
			.add(!body.select(ENTRY_TEXT).isEmpty(), 1, "entry text markup")
			.add(!body.select(COMMENT_LIST).isEmpty(), 2, "a comment list")
			.add(!body.select(COMMENTS_HEADER).isEmpty(), 1, "a comments header")
			.add(!body.select(REPLY_FORM).isEmpty(), 1, "a reply form")
			.add("article".equals(page.meta("og:type").orElse("")), 1, "an Open Graph article")
			.build();
	}

}
