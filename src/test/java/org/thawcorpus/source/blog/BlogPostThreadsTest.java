package org.thawcorpus.source.blog;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Blog layouts beyond the seed: subheadings, bylines and footers anywhere, works-cited
 * entries over several lines, related posts, share and like variants, threaded replies
 * and pingbacks.
 */
class BlogPostThreadsTest {

	private static ParsedDocument parse(String text) {
		return new BlogPostParser().parse(SourceLines.of(text));
	}

	/**
	 * A WordPress post: subheadings, a wrapped works-cited list, threads and a pingback.
	 */
	@Nested
	class SubheadingsThreadsAndPingback {

		private final SourceLines lines = Sources.fixture("blog/subheadings-threads-pingback.txt");

		private final ParsedDocument post = new BlogPostParser().parse(this.lines);

		@Test
		void readsBothBylinesUnderTheTitle() {
			assertThat(this.post.lines().subList(1, 3)).extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.METADATA, "byline"));
		}

		@Test
		void makesShortTitleLikeLinesBetweenParagraphsSections() {
			assertThat(this.post.sections())
				.extracting(ParsedSection::title, ParsedSection::headingLine, ParsedSection::role)
				.containsExactly(tuple(null, null, SectionRole.BODY), tuple("Bread and milk", 7, SectionRole.BODY),
						tuple("Refrigerators and television sets", 13, SectionRole.BODY),
						tuple("Works Cited", 20, SectionRole.WORKS_CITED));
			assertThat(this.post.sections().subList(0, 3)).extracting((s) -> s.passages().size())
				.containsExactly(1, 2, 1);
			assertThat(Sources.use(this.post, 7)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.HEADING, "subheading");
		}

		@Test
		void numbersParagraphsAcrossSubheadings() {
			assertThat(this.post.sections().subList(0, 3))
				.flatExtracting((s) -> s.passages().stream().map(ParsedPassage::anchor).toList())
				.containsExactly("p1", "p2", "p3", "p4");
		}

		@Test
		void readsCategoryAndTagLinesInTheBodyAsMetadata() {
			assertThat(List.of(Sources.use(this.post, 17), Sources.use(this.post, 18)))
				.extracting(LineUse::role, LineUse::label)
				.containsExactly(tuple(LineRole.METADATA, "categories"), tuple(LineRole.METADATA, "tags"));
		}

		@Test
		void joinsWorksCitedEntriesThatWrapOntoFurtherLines() {
			ParsedSection cited = this.post.sections().get(3);
			assertThat(cited.passages())
				.extracting(ParsedPassage::anchor, ParsedPassage::firstLine, ParsedPassage::lastLine)
				.containsExactly(tuple("w1", 22, 23), tuple("w2", 24, 25), tuple("w3", 26, 26), tuple("w4", 27, 28));
			ParsedPassage orlova = cited.passages().get(0);
			assertThat(orlova.text()).isEqualTo(this.lines.line(22) + "\n" + this.lines.line(23));
			FoundCitation citation = orlova.citations().get(0);
			assertThat(citation.raw()).isEqualTo(orlova.text());
			assertThat(citation.data().title()).contains("Soviet Frontier");
			assertThat(citation.data().year()).isEqualTo(2003);
			assertThat(Sources.use(this.post, 25)).extracting(LineUse::role, LineUse::label, LineUse::anchor)
				.containsExactly(LineRole.CITATION, "works-cited entry, continued", "w2");
		}

		@Test
		void namesShareLikeAndRelatedFurnitureVariants() {
			assertThat(this.post.lines().subList(29, 35)).extracting(LineUse::label)
				.containsExactly("Share this:", "share button", "share button", "Like this:", "like button",
						"like button");
			assertThat(Sources.use(this.post, 37).label()).isEqualTo("related posts");
			assertThat(this.post.lines().subList(37, 43)).extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.FURNITURE, "related post"));
			assertThat(Sources.use(this.post, 45)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "post footer");
		}

		@Test
		void recordsRepliesByIndentationAndByAnInReplyToLine() {
			assertThat(this.post.part(ParsedComments.class).comments())
				.extracting(ParsedComment::anchor, ParsedComment::author, ParsedComment::replyTo)
				.containsExactly(tuple("c1", "Olga Petrenko", null), tuple("c2", "Tamara Lindgren", "c1"),
						tuple("c3", "Olga Petrenko", "c2"), tuple("c4", "Daniel Moss", "c3"),
						tuple("c5", "Queues in the archive | Everyday Soviet History", null));
			assertThat(Sources.use(this.post, 63)).extracting(LineUse::role, LineUse::label, LineUse::anchor)
				.containsExactly(LineRole.COMMENT, "in reply to", "c4");
		}

		@Test
		void readsAPingbackWithItsExcerpt() {
			ParsedComment pingback = this.post.part(ParsedComments.class).comments().get(4);
			assertThat(pingback.pingback()).isTrue();
			assertThat(pingback.paragraphs()).singleElement()
				.satisfies((p) -> assertThat(p.text()).startsWith("[…] as Tamara Lindgren").endsWith("slowly […]"));
			assertThat(this.post.part(ParsedComments.class).comments().subList(0, 4))
				.noneMatch(ParsedComment::pingback);
		}

		@Test
		void countsRepliesAndPingbacksAmongTheCommentsClaimedAndAccountsForEveryLine() {
			assertThat(this.post.part(ParsedComments.class).claimed()).isEqualTo(5);
			assertThat(this.post.notes()).isEmpty();
			Sources.assertEveryLineAccounted(this.lines, this.post);
		}

	}

	/**
	 * A Blogger-like post: numbered comments, a nested reply and a numbered trackback.
	 */
	@Nested
	class NumberedNestedAndTrackback {

		private final SourceLines lines = Sources.fixture("blog/numbered-nested-trackback.txt");

		private final ParsedDocument post = new BlogPostParser().parse(this.lines);

		@Test
		void readsTheBloggerBylineAndLabels() {
			assertThat(Sources.use(this.post, 2).label()).isEqualTo("byline");
			assertThat(Sources.use(this.post, 8)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "tags");
			assertThat(this.post.sections().get(0).passages()).hasSize(2);
		}

		@Test
		void readsTheCommentsHeaderWithAColon() {
			assertThat(this.post.part(ParsedComments.class).claimed()).isEqualTo(4);
		}

		@Test
		void makesANumberedCommentIndentedUnderAnotherItsReply() {
			assertThat(this.post.part(ParsedComments.class).comments())
				.extracting(ParsedComment::number, ParsedComment::replyTo, ParsedComment::pingback)
				.containsExactly(tuple(1, null, false), tuple(2, "c1", false), tuple(3, null, true),
						tuple(4, null, false));
		}

		@Test
		void readsANumberedTrackback() {
			ParsedComment trackback = this.post.part(ParsedComments.class).comments().get(2);
			assertThat(trackback.author()).isEqualTo("Carbon copies and censorship – The Paper Trail");
			assertThat(Sources.use(this.post, 22).label()).isEqualTo("comment number and pingback");
			assertThat(Sources.use(this.post, 23).label()).isEqualTo("pingback excerpt");
		}

		@Test
		void hasNoNotesAndAccountsForEveryLine() {
			assertThat(this.post.notes()).isEmpty();
			Sources.assertEveryLineAccounted(this.lines, this.post);
		}

	}

	@Test
	void makesAnExcerptThatStartsACommentAPingback() {
		ParsedDocument post = parse("""
				A Post
				Body text.
				2 thoughts on “A Post”
				Anna says:
				Fine post.
				Reply
				[...] read the whole piece on the author's blog [...]
				Leave a Reply
				""");
		assertThat(post.part(ParsedComments.class).comments())
			.extracting(ParsedComment::author, ParsedComment::pingback)
			.containsExactly(tuple("Anna", false), tuple(null, true));
	}

	@Test
	void keepsAnExcerptInsideAReadersCommentAsItsParagraph() {
		ParsedDocument post = parse("""
				A Post
				Body text.
				1 thought on “A Post”
				Anna says:
				As the post puts it:
				[…] the queues grew shorter […]
				Leave a Reply
				""");
		assertThat(post.part(ParsedComments.class).comments()).singleElement().satisfies((c) -> {
			assertThat(c.pingback()).isFalse();
			assertThat(c.paragraphs()).hasSize(2);
		});
	}

	@Test
	void notesAReplyToACommentNotInTheCopy() {
		ParsedDocument post = parse("""
				A Post
				Body text.
				1 thought on “A Post”
				Anna says:
				In reply to Boris.
				I disagree.
				Leave a Reply
				""");
		assertThat(post.part(ParsedComments.class).comments().get(0).replyTo()).isNull();
		assertThat(post.notes()).extracting(SourceNote::line, SourceNote::kind)
			.containsExactly(tuple(5, NoteKind.OTHER));
		assertThat(post.notes().get(0).message()).contains("c1", "Boris");
	}

	@Test
	void takesNoSubheadingWithoutAParagraphBeforeItOrProseAfterIt() {
		ParsedDocument post = parse("""
				A Post
				A short opening line
				The first paragraph, which is long enough to be prose and ends with a full stop.
				Another short line
				Not prose either
				""");
		assertThat(post.sections()).singleElement().satisfies((section) -> assertThat(section.passages()).hasSize(4));
	}

	@Test
	void readsBylinesAndFootersAnywhereInThePost() {
		ParsedDocument post = parse("""
				A Post
				The first paragraph of the post.
				By Anna Keller
				Updated: May 3, 2019
				This entry was posted in History and tagged thaw on May 2, 2019 by Anna Keller.
				""");
		assertThat(post.lines().subList(2, 5)).extracting(LineUse::role, LineUse::label)
			.containsExactly(tuple(LineRole.METADATA, "byline"), tuple(LineRole.METADATA, "byline"),
					tuple(LineRole.METADATA, "post footer"));
	}

	@Test
	void startsANewEntryWhereALineStartsAsEntriesStart() {
		ParsedDocument post = parse("""
				A Post
				Body text.
				Works Cited
				Orlova, Nadia. Steppe and Plough. Northfield Press, 2003
				Starr, Frederick. Red and Hot. Oxford University Press, 1983.
				pp. 4-9.
				""");
		assertThat(post.sections().get(1).passages()).extracting(ParsedPassage::firstLine, ParsedPassage::lastLine)
			.containsExactly(tuple(4, 4), tuple(5, 6));
	}

	@Test
	void endsARelatedBlockAtAProseLine() {
		ParsedDocument post = parse("""
				A Post
				Body text.
				Related
				Another post
				A long line after the related links that no rule knows, and which therefore must stay unaccounted for.
				""");
		assertThat(Sources.use(post, 4).label()).isEqualTo("related post");
		assertThat(post.unaccounted()).extracting(LineUse::line).containsExactly(5);
	}

}
