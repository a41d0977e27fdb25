package org.thawcorpus.source.blog;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large and deeply nested pages: read whole, without exhausting the stack (their speed is
 * the page benchmark's, bench/page-benchmark.sh).
 */
class BlogPostHtmlLargeTest {

	@Test
	void readsAPageOfOneMegabyteWithThousandsOfComments() {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta name=generator content='WordPress 6'>"
				+ "</head><body><article class='post hentry'><h1 class='entry-title'>Long</h1><div class='entry-content'>");
		for (int i = 0; i < 1500; i++) {
			html.append("<p>Paragraph ")
				.append(i)
				.append(" of a long post about the maize campaign (Lind 2015: 3).</p>");
		}
		html.append("</div></article><div id='comments' class='comments-area'><h2 class='comments-title'>3000 thoughts")
			.append(" on “Long”</h2><ol class='comment-list'>");
		for (int i = 0; i < 1500; i++) {
			html.append("<li id='comment-")
				.append(i)
				.append("' class='comment depth-1'><article class='comment-body'>")
				.append("<footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>Reader ")
				.append(i)
				.append("</b> <span class='says'>says:</span></div><div class='comment-metadata'><a href='#comment-")
				.append(i)
				.append("'><time datetime='2019-08-03T04:11:57+00:00'>August 3, 2019 at 4:11 am</time></a></div>")
				.append("</footer><div class='comment-content'><p>A comment of moderate length, number ")
				.append(i)
				.append(".</p></div><div class='reply'><a class='comment-reply-link'>Reply</a></div></article>")
				.append("<ol class='children'><li id='comment-9")
				.append(i)
				.append("' class='comment depth-2'><article class='comment-body'><div class='comment-author'>")
				.append("<b class='fn'>Author</b></div><div class='comment-content'><p>A reply.</p></div></article>")
				.append("</li></ol></li>");
		}
		html.append("</ol></div></body></html>");
		assertThat(html.length()).isGreaterThan(1_000_000);
		HtmlPage page = HtmlPage.parse(html.toString());
		ParsedDocument post = new BlogPostKind().read(page);
		ParsedComments comments = post.part(ParsedComments.class);
		assertThat(comments.comments()).hasSize(3000);
		assertThat(comments.comments().get(1).replyTo()).isEqualTo("c1");
		assertThat(post.unaccounted()).isEmpty();
	}

	@Test
	void readsTenThousandNestedElementsWithoutRecursion() {
		StringBuilder html = new StringBuilder(
				"<html><body><article class='post'><h1 class='entry-title'>Deep</h1>" + "<div class='entry-content'>");
		for (int i = 0; i < 10_000; i++) {
			html.append("<div>level ").append(i);
		}
		html.append("</div></article><ol class='comment-list'>");
		for (int i = 0; i < 2000; i++) {
			html.append("<li class='comment'><div class='comment-author'><b class='fn'>N")
				.append(i)
				.append("</b></div><p>c</p><ol class='children'>");
		}
		html.append("</ol></body></html>");
		ParsedDocument post = new BlogPostKind().read(HtmlPage.parse(html.toString()));
		assertThat(post.title()).isEqualTo("Deep");
		ParsedComments comments = post.part(ParsedComments.class);
		assertThat(comments.comments()).isNotEmpty();
		assertThat(comments.comments().get(comments.comments().size() - 1).replyTo())
			.isEqualTo(comments.comments().get(comments.comments().size() - 2).anchor());
		assertThat(post.unaccounted()).isEmpty();
	}

}
