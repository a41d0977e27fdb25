package org.thawcorpus.source.blog;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Where the comments end when no reply form closes them: at the links to the next and
 * previous posts, and on Blogger at its "Newer Post Older Post Home" line even without
 * the feed links under it.
 */
class BlogPostCommentsEndTest {

	/**
	 * A Blogger template that prints no feed links: the sidebar follows the post links.
	 */
	@Nested
	class BloggerWithoutFeedLinks {

		private final SourceLines lines = Sources.fixture("blog/blogger-no-feed-links.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void readsTheClaimedCommentsAndNoMore() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.claimed()).isEqualTo(4);
			assertThat(comments.comments()).extracting(ParsedComment::author)
				.containsExactly("Anonymous", "Anna Keller", "Ivan Petrov", "Unknown");
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void takesTheProfileAndArchiveUnderThePostLinksForTheSidebar() {
			assertThat(Sources.use(this.post, 40)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "post navigation");
			assertThat(this.post.lines().subList(40, this.lines.count()))
				.allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
			assertThat(Sources.use(this.post, 43).label()).isEqualTo("sidebar");
		}

	}

	/** WordPress's post navigation under the comments, then a widget of the sidebar. */
	@Nested
	class PostNavigationAfterComments {

		private final SourceLines lines = Sources.fixture("blog/post-navigation-after-comments.txt");

		private final ParsedDocument post = SourceKinds.parse(this.lines);

		@Test
		void endsTheLastCommentAtThePostLinks() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.comments()).extracting(ParsedComment::author, ParsedComment::lastLine)
				.containsExactly(tuple("Ivan Petrov", 10), tuple("Marie", 13));
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void leavesTheUnknownWidgetUnaccountedNeverAComment() {
			assertThat(this.post.kind()).isEqualTo(BlogPostKind.KIND);
			assertThat(Sources.use(this.post, 15).anchor()).isNull();
			assertThat(Sources.use(this.post, 17).role()).isEqualTo(LineRole.UNACCOUNTED);
			assertThat(Sources.use(this.post, 18).role()).isEqualTo(LineRole.UNACCOUNTED);
		}

	}

}
