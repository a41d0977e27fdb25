package org.thawcorpus.source.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.html.HtmlKinds;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a saved wiki article appeared and which version it is, as the page says. */
class ArticleBylineTest {

	private static ParsedByline byline(String fixture) {
		return HtmlKinds.parse(WikiPages.page(fixture)).part(ParsedByline.class);
	}

	@Test
	void takesTheWikiFromTheTitleAndTheVersionFromTheFooter() {
		ParsedByline byline = byline("wikipedia-2016-film-club.html");
		assertThat(byline.site()).isEqualTo("Wikipedia, the free encyclopedia");
		assertThat(byline.published()).isEqualTo(LocalDate.of(2016, 5, 4));
		assertThat(byline.author()).isNull();
	}

	@Test
	void readsALastEditedFooterOfToday() {
		ParsedByline byline = byline("wikipedia-2024-radio-circles.html");
		assertThat(byline.site()).isEqualTo("Wikipedia");
		assertThat(byline.published()).isEqualTo(LocalDate.of(2024, 3, 2));
	}

	@Test
	void takesTheNameOfAFanWiki() {
		ParsedByline byline = byline("fan-wiki-villager.html");
		assertThat(byline.site()).isEqualTo("Harvest Hollow Wiki");
		assertThat(byline.published()).isEqualTo(LocalDate.of(2020, 11, 4));
	}

}
