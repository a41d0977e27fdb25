package org.thawcorpus.source.blog;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Comments as other comment systems print them in a text copy: Epoch ("There are 3
 * comments", "Name · date"), wordpress.com ("Name Jun 20th at 2:41 am", "Liked by 4
 * people") and Disqus ("Name • 3 years ago" under its toolbar).
 */
class BlogPostCommentSystemsTest {

	/** A WordPress news site with Epoch comments and Jetpack's related posts. */
	@Nested
	class Epoch {

		private final SourceLines lines = Sources.fixture("blog/epoch-comments-related.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void takesTheTitleItStates() {
			assertThat(this.post.title()).isEqualTo("The Thick Journals and Their Readers");
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void readsTheNameAndDateOnEachCommentsOneLine() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.claimed()).isEqualTo(3);
			assertThat(comments.comments()).extracting(ParsedComment::author, ParsedComment::date)
				.containsExactly(tuple("Ivan Petrov (Moscow)", LocalDate.of(2017, 3, 10)),
						tuple("Ольга Смирнова", LocalDate.of(2017, 3, 10)),
						tuple("Anna Keller", LocalDate.of(2017, 3, 13)));
			assertThat(comments.comments().get(1).paragraphs()).extracting(ParsedPassage::firstLine)
				.containsExactly(43, 45);
			assertThat(Sources.use(this.post, 38)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "comment links");
		}

		@Test
		void takesTheBylineWithItsCountAndTheRelatedPostsForWhatTheyAre() {
			assertThat(Sources.use(this.post, 12)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "byline");
			assertThat(this.post.part(ParsedComments.class).claimed()).as("the comments header, not the byline")
				.isEqualTo(3);
			assertThat(Sources.use(this.post, 20).label()).isEqualTo("share button");
			assertThat(this.post.lines().subList(23, 30)).extracting(LineUse::role)
				.containsOnly(LineRole.FURNITURE, LineRole.BLANK);
			assertThat(Sources.use(this.post, 26).label()).as("an excerpt cut short").isEqualTo("related post");
		}

	}

	/** A wordpress.com post: dates without a year, likes, the site's footer. */
	@Nested
	class WordPressCom {

		private final SourceLines lines = Sources.fixture("blog/wordpress-com-liked.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		private final ParsedComments comments = this.post.part(ParsedComments.class);

		@Test
		void takesTheTitleItStates() {
			assertThat(this.post.title()).as("the title, not the standfirst under it")
				.isEqualTo("Kitchens, Queues and Coupons: Everyday Life in 1956");
		}

		@Test
		void datesEachCommentByThePostsYearAndNotesNothingWhenTheCountHolds() {
			assertThat(this.comments.claimed()).isEqualTo(3);
			assertThat(this.comments.comments()).extracting(ParsedComment::author, ParsedComment::date)
				.containsExactly(tuple("Ivan Petrov", LocalDate.of(2019, 6, 20)),
						tuple("Ольга 🌻", LocalDate.of(2019, 6, 21)), tuple("Anna Keller", LocalDate.of(2020, 1, 3)));
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void takesTheSitesFooterUnderTheLastCommentForFurniture() {
			assertThat(Sources.use(this.post, 63).anchor()).isEqualTo("c3");
			assertThat(this.post.lines().subList(64, this.lines.count())).allSatisfy(
					(use) -> assertThat(use.role()).as("line %d", use.line()).isIn(LineRole.FURNITURE, LineRole.BLANK));
		}

		@Test
		void takesTheAuthorTheNewsletterBoxAndThePostLinksForWhatTheyAre() {
			assertThat(Sources.use(this.post, 17)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "byline");
			assertThat(this.post.sections().get(0).passages()).extracting(ParsedPassage::firstLine)
				.as("the standfirst and the post's two paragraphs")
				.containsExactly(13, 19, 21);
			assertThat(this.post.lines().subList(22, 29)).extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.FURNITURE, "subscription prompt"), tuple(LineRole.BLANK, null));
			assertThat(Sources.use(this.post, 40).label()).as("the post under \"Next Post\"")
				.isEqualTo("post navigation");
		}

	}

	/** Disqus's toolbar, its comments with relative dates, its links. */
	@Nested
	class Disqus {

		private final SourceLines lines = Sources.fixture("blog/disqus-comments.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void readsEachCommentUnderItsAuthorAndTheToolbarAsFurniture() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.comments()).extracting(ParsedComment::author, ParsedComment::date)
				.as("a date \"3 years ago\" cannot be dated from the copy")
				.containsExactly(tuple("Boris Lentov", null), tuple("Vera Sokol", null),
						tuple("Guest", LocalDate.of(2018, 8, 2)));
			assertThat(this.post.notes()).isEmpty();
			assertThat(this.post.lines().subList(9, 23)).extracting(LineUse::role)
				.containsOnly(LineRole.FURNITURE, LineRole.BLANK);
			assertThat(Sources.use(this.post, 10).label()).isEqualTo("comments toolbar");
		}

	}

}
