package org.thawcorpus.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.thawcorpus.source.blog.BlogPostKind;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every parse keeps ({@link Invariants}), on blog posts read from markup. */
class BlogPostHtmlInvariantsTest {

	@ParameterizedTest
	@ValueSource(strings = { "wordpress-de-threaded.html", "blogger-threaded.html", "wordpress-com.html",
			"epoch-no-comments.html" })
	void keepsEveryRuleOnTheSavedPosts(String name) {
		HtmlPage page = page(name);
		ParsedDocument post = new BlogPostKind().read(page);
		assertThat(post.kind()).isEqualTo(BlogPostKind.KIND);
		Invariants.check(page.lines(), post, name);
	}

	private static HtmlPage page(String name) {
		try (InputStream in = BlogPostHtmlInvariantsTest.class.getResourceAsStream("/fixtures/blog/html/" + name)) {
			assertThat(in).as(name).isNotNull();
			return HtmlPage.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
