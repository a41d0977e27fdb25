package org.thawcorpus.source.blog;

import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blog post's text copy read as an import reads it: its kind detected, every line
 * accounted.
 */
final class BlogTextFixtures {

	private BlogTextFixtures() {
	}

	/**
	 * Detects and reads a copy, asserting it is a blog post that accounts for every line.
	 */
	static ParsedDocument read(SourceLines lines) {
		ParsedDocument post = SourceKinds.parse(lines);
		assertThat(post.kind()).isEqualTo(BlogPostKind.KIND);
		Sources.assertEveryLineAccounted(lines, post);
		return post;
	}

}
