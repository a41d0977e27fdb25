package org.thawcorpus.source.blog;

import org.junit.jupiter.api.Test;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A post's body and what stands around it: a "Leave a comment" link under the byline, a
 * subheading asking a question, a list announced by a colon, an image's caption, the
 * author's box, and a reply form with its help and subscription choices.
 */
class BlogPostBodyAndFormTest {

	private final SourceLines lines = Sources.fixture("blog/author-box-form-options.txt");

	private final ParsedDocument post = BlogTextFixtures.read(this.lines);

	@Test
	void takesTheTitleItStates() {
		assertThat(this.post.title()).isEqualTo("Samizdat on Onionskin");
		assertThat(this.post.notes()).isEmpty();
	}

	@Test
	void takesTheCommentLinkUnderTheBylineForALinkAndReadsThePostAfterIt() {
		assertThat(Sources.use(this.post, 8)).extracting(LineUse::role, LineUse::label)
			.containsExactly(LineRole.FURNITURE, "comments link");
		assertThat(Sources.use(this.post, 9)).extracting(LineUse::role, LineUse::anchor)
			.containsExactly(LineRole.PASSAGE, "p1");
	}

	@Test
	void makesAQuestionUnderAWideGapAHeadingButNoListItemOrCaption() {
		assertThat(this.post.sections()).extracting(ParsedSection::title, ParsedSection::headingLine)
			.containsExactly(tuple(null, null), tuple("Why onionskin?", 12));
		assertThat(this.post.sections().get(1).passages()).extracting(ParsedPassage::firstLine)
			.as("the list after the colon and the caption after the image's gap are paragraphs")
			.containsExactly(13, 15, 16, 17, 18, 22, 23);
	}

	@Test
	void takesTheAuthorsBoxForMetadata() {
		assertThat(this.post.lines().subList(24, 28)).extracting(LineUse::role, LineUse::label)
			.containsOnly(tuple(LineRole.METADATA, "author box"), tuple(LineRole.BLANK, null));
	}

	@Test
	void takesTheReplyFormsHelpAndChoicesForTheForm() {
		assertThat(this.post.part(ParsedComments.class).comments()).extracting(ParsedComment::author)
			.containsExactly("Kirill", "Anna Keller");
		assertThat(this.post.lines().subList(42, this.lines.count()))
			.allSatisfy((use) -> assertThat(use.role()).isIn(LineRole.FURNITURE, LineRole.BLANK));
		assertThat(this.post.lines().subList(58, 63)).extracting(LineUse::label).containsOnly("reply form");
	}

}
