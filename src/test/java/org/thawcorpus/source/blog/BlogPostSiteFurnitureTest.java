package org.thawcorpus.source.blog;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of a blog post with the blog's header and menu above it and its sidebar below
 * the comments.
 */
class BlogPostSiteFurnitureTest {

	private final SourceLines lines = Sources.fixture("blog/site-menu-and-footer.txt");

	private final ParsedDocument post = SourceKinds.parse(this.lines);

	@Test
	void takesTheTitleTheCommentsHeaderQuotesAndTheHeaderAboveItAsFurniture() {
		Sources.assertEveryLineAccounted(this.lines, this.post);
		assertThat(this.post.kind()).isEqualTo(BlogPostKind.KIND);
		assertThat(this.post.title()).isEqualTo("Queues for Poetry: Mayakovsky Square, 1958");
		assertThat(this.post.notes()).isEmpty();
		assertThat(this.post.lines().subList(0, 12))
			.allSatisfy((use) -> assertThat(use.role()).isIn(LineRole.FURNITURE, LineRole.BLANK));
		assertThat(Sources.use(this.post, 3).label()).as("the blog's name").isEqualTo("page header");
		assertThat(Sources.use(this.post, 16)).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.METADATA, "byline");
	}

	@Test
	void setsTheSidebarAsideBelowTheCommentsNeverAsCommentsOrHeadings() {
		assertThat(this.post.part(ParsedComments.class).comments()).extracting(ParsedComment::author)
			.containsExactly("Boris Lentov", "Vera Sokol");
		assertThat(this.post.sections()).extracting(ParsedSection::title).containsExactly((String) null);
		assertThat(this.post.lines().subList(47, this.lines.count()))
			.allSatisfy((use) -> assertThat(use.role()).as("line %d", use.line()).isEqualTo(LineRole.FURNITURE));
		assertThat(Sources.use(this.post, 52)).extracting(LineUse::label).isEqualTo("archive");
		assertThat(Sources.use(this.post, 55)).extracting(LineUse::label).isEqualTo("tag list");
	}

}
