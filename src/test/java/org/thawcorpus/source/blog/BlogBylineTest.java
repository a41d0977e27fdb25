package org.thawcorpus.source.blog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.ParsedByline;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;

/** The author and date a text copy of a blog post prints in its byline lines. */
class BlogBylineTest {

	private static ParsedByline byline(String fixture) {
		return new BlogPostParser().parse(Sources.fixture(fixture)).part(ParsedByline.class);
	}

	@Test
	void readsTheAuthorAndDayOfAPostedOnLine() {
		assertThat(byline("blog/says-comments-works-cited.txt"))
			.isEqualTo(new ParsedByline("Anna Keller", LocalDate.of(2019, 3, 3), null));
	}

	@Test
	void readsTheAuthorOfAByLineAndTheDayOfTheLineAfterIt() {
		assertThat(byline("blog/subheadings-threads-pingback.txt"))
			.isEqualTo(new ParsedByline("Tamara Lindgren", LocalDate.of(2020, 5, 14), null));
	}

	@Test
	void readsTheAuthorOfAPostedByLineWithoutADay() {
		ParsedByline byline = byline("blog/numbered-nested-trackback.txt");
		assertThat(byline.author()).isEqualTo("Ilse Varga");
		assertThat(byline.published()).isNull();
	}

	@Test
	void saysNothingWhereTheCopyPrintsNoByline() {
		assertThat(new BlogPostParser().parse(Sources.seed(Sources.BLOG_SEED)).part(ParsedByline.class).isEmpty())
			.isTrue();
	}

	@Test
	void readsTheNameBeforeATimeOrAPlace() {
		BylineLines lines = new BylineLines();
		lines.read("Posted by Mirra Leontieva at 10:20 PM");
		assertThat(lines.result().author()).isEqualTo("Mirra Leontieva");
		BylineLines other = new BylineLines();
		other.read("By Anna Keller | 3 March 2019");
		assertThat(other.result()).isEqualTo(new ParsedByline("Anna Keller", LocalDate.of(2019, 3, 3), null));
	}

}
