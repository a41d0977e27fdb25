package org.thawcorpus.source.blog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.thawcorpus.source.Score;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a saved page a blog post, and what does not. */
class BlogMarkupTest {

	@ParameterizedTest
	@ValueSource(strings = { "wordpress-de-threaded.html", "blogger-threaded.html", "wordpress-com.html",
			"epoch-no-comments.html" })
	void scoresBlogEngineMarkup(String name) {
		Score score = new BlogPostKind().score(HtmlFixtures.page(name));
		assertThat(score.points()).isGreaterThanOrEqualTo(3);
		assertThat(score.evidence()).contains("blog entry markup", "a comments header");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-blog/mediawiki-article.html", "not-blog/goodreads-book.html" })
	void doesNotScoreArticleOrBookPagesAsBlogPosts(String name) {
		HtmlPage page = HtmlFixtures.page(name);
		assertThat(new BlogPostKind().score(page).points()).isLessThan(3);
		assertThat(HtmlKinds.parse(page).kind()).isNotEqualTo(BlogPostKind.KIND);
	}

}
