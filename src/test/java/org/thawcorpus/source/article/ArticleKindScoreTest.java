package org.thawcorpus.source.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.thawcorpus.source.KindDetector;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;

/** Kind detection of copies of wiki pages that print no edit link. */
class ArticleKindScoreTest {

	@ParameterizedTest
	@ValueSource(strings = { "article/sidebar-contents-no-edit-links.txt", "article/fan-wiki-tagline-infobox.txt",
			"article/fan-wiki-arrow-references.txt", "article/bare-headings-no-contents.txt",
			"article/german-bracketed-edit-arrows.txt" })
	void recognisesACopyWithoutEditLinksByItsTaglineContentsAndReferences(String fixture) {
		SourceLines lines = Sources.fixture(fixture);
		assertThat(KindDetector.detect(lines).reader().kind()).isEqualTo(ArticleKind.KIND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "blog/site-menu-and-footer.txt", "blog/says-comments-works-cited.txt",
			"book/site-menu-and-footer.txt", "book/reviews-page.txt", "text/german-menu-and-footer.txt",
			"text/essay-with-works-cited.txt" })
	void claimsNoBlogPostBookPageOrPlainText(String fixture) {
		SourceLines lines = Sources.fixture(fixture);
		assertThat(KindDetector.detect(lines).reader().kind()).isNotEqualTo(ArticleKind.KIND);
	}

}
