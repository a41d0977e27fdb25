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
 * A subheading with the caption of the image under it on the next line: the heading stays
 * a heading, statement or question, and the caption is a paragraph of its section.
 */
class BlogPostHeadingOverCaptionTest {

	private final SourceLines lines = Sources.fixture("blog/heading-over-caption.txt");

	private final ParsedDocument post = BlogTextFixtures.read(this.lines);

	@Test
	void takesTheLineAboveTheCaptionForTheHeading() {
		assertThat(this.post.title()).isEqualTo("Kitchen Tables of 1957");
		assertThat(this.post.sections()).extracting(ParsedSection::title, ParsedSection::headingLine)
			.containsExactly(tuple(null, null), tuple("Small rooms, long evenings", 6), tuple("Who came to talk?", 11));
	}

	@Test
	void keepsTheCaptionAsAParagraphOfTheSection() {
		assertThat(this.post.sections().get(1).passages()).extracting(ParsedPassage::firstLine).containsExactly(7, 9);
		assertThat(Sources.use(this.post, 12)).extracting(LineUse::role, LineUse::anchor)
			.containsExactly(LineRole.PASSAGE, "p4");
	}

	@Test
	void readsTheCommentsUnderTheBody() {
		assertThat(this.post.part(ParsedComments.class).comments()).extracting(ParsedComment::author)
			.containsExactly("Ivan Petrov", "Anna Keller");
		assertThat(this.post.notes()).isEmpty();
	}

}
