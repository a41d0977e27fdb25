package org.thawcorpus.source.blog;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

class BlogPostParserTest {

	private static ParsedDocument parse(SourceLines lines) {
		return new BlogPostParser().parse(lines);
	}

	private static ParsedSection body(ParsedDocument post) {
		ParsedSection lead = post.sections().get(0);
		assertThat(lead.title()).isNull();
		assertThat(lead.role()).isEqualTo(SectionRole.BODY);
		return lead;
	}

	@Nested
	class Seed {

		private final SourceLines lines = Sources.seed(Sources.BLOG_SEED);

		private final ParsedDocument post = parse(this.lines);

		@Test
		void takesTheFirstLineForTheTitle() {
			assertThat(this.post.kind()).isEqualTo(BlogPostKind.KIND);
			assertThat(this.post.title()).isEqualTo("A Thaw that would not refreeze");
			assertThat(Sources.use(this.post, 1).role()).isEqualTo(LineRole.TITLE);
		}

		@Test
		void makesEachBodyLineAParagraph() {
			assertThat(body(this.post).passages()).extracting(ParsedPassage::anchor, ParsedPassage::firstLine)
				.containsExactly(tuple("p1", 3), tuple("p2", 6), tuple("p3", 9), tuple("p4", 12), tuple("p5", 15));
			assertThat(body(this.post).passages().get(1).text()).isEqualTo(this.lines.line(6))
				.contains("\u201cIl\u2019ia Ehrenburg\u2019s THE THAW,\u201d");
		}

		@Test
		void findsNoCitationInAnAside() {
			assertThat(body(this.post).passages()).allSatisfy((p) -> assertThat(p.citations()).isEmpty());
		}

		@Test
		void notesTheEmptyWorksCitedList() {
			assertThat(this.post.sections())
				.extracting(ParsedSection::title, ParsedSection::headingLine, ParsedSection::role)
				.containsExactly(tuple(null, null, SectionRole.BODY), tuple("Work Cited", 17, SectionRole.WORKS_CITED));
			assertThat(this.post.sections().get(1).passages()).isEmpty();
			assertThat(this.post.notes()).filteredOn((note) -> note.kind() == NoteKind.EMPTY_WORKS_CITED)
				.singleElement()
				.satisfies((note) -> {
					assertThat(note.line()).isEqualTo(17);
					assertThat(note.message()).contains("\"Work Cited\"", "empty");
				});
		}

		@Test
		void namesTheShareButtonAndTheReplyFormAsFurniture() {
			assertThat(Sources.use(this.post, 20)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "Print Friendly, PDF & Email");
			assertThat(Sources.use(this.post, 32)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "Leave a Reply");
		}

		@Test
		void readsTheClaimedCountFromAHeaderWithoutClosingQuote() {
			assertThat(this.post.part(ParsedComments.class).claimed()).isEqualTo(6);
			assertThat(Sources.use(this.post, 22)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "comments claimed");
		}

		@Test
		void keepsTheFourNumberedCommentsInOrder() {
			assertThat(this.post.part(ParsedComments.class).comments())
				.extracting(ParsedComment::anchor, ParsedComment::number, ParsedComment::firstLine,
						ParsedComment::lastLine)
				.containsExactly(tuple("c1", 1, 24, 24), tuple("c2", 2, 26, 26), tuple("c3", 3, 28, 28),
						tuple("c4", 4, 30, 30));
			assertThat(this.post.part(ParsedComments.class).comments()).extracting((c) -> c.paragraphs().get(0).text())
				.satisfiesExactly(
						(text) -> assertThat(text).startsWith("You did a good job").endsWith("THE THAW!\u201d"),
						(text) -> assertThat(text).startsWith("Great job incorporating"),
						(text) -> assertThat(text).startsWith("I like the images"),
						(text) -> assertThat(text).startsWith("Oops, my comment may not have made it."));
			assertThat(this.post.part(ParsedComments.class).comments()).allSatisfy((c) -> {
				assertThat(c.author()).isNull();
				assertThat(c.date()).isNull();
				assertThat(c.paragraphs()).singleElement()
					.extracting(ParsedPassage::anchor)
					.isEqualTo(c.anchor() + "-1");
			});
		}

		@Test
		void notesThatThePageClaimsMoreCommentsThanTheCopyHolds() {
			assertThat(this.post.notes()).filteredOn((note) -> note.kind() == NoteKind.CLAIMED_VS_PRESENT)
				.singleElement()
				.satisfies((note) -> {
					assertThat(note.line()).isEqualTo(22);
					assertThat(note.message()).isEqualTo("The page claims 6 comments; this copy holds 4.");
				});
			assertThat(this.post.notes()).hasSize(2);
		}

		@Test
		void accountsForEveryLine() {
			Sources.assertEveryLineAccounted(this.lines, this.post);
		}

	}

	@Nested
	class SaysCommentsAndWorksCited {

		private final SourceLines lines = Sources.fixture("blog/says-comments-works-cited.txt");

		private final ParsedDocument post = parse(this.lines);

		@Test
		void readsTheTitleAndTheBylineUnderIt() {
			assertThat(this.post.title()).isEqualTo("Jazz in the Thaw Years");
			assertThat(Sources.use(this.post, 2)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "byline");
			assertThat(body(this.post).passages()).extracting(ParsedPassage::firstLine).containsExactly(4, 6);
		}

		@Test
		void makesEachWorksCitedEntryOneCitation() {
			ParsedSection list = this.post.sections().get(1);
			assertThat(list.title()).isEqualTo("Works Cited");
			assertThat(list.role()).isEqualTo(SectionRole.WORKS_CITED);
			assertThat(list.passages()).extracting(ParsedPassage::anchor).containsExactly("w1", "w2", "w3");
			assertThat(list.passages())
				.allSatisfy((entry) -> assertThat(entry.citations()).singleElement().satisfies((c) -> {
					assertThat(c.raw()).isEqualTo(entry.text());
					assertThat(c.start()).isZero();
					assertThat(c.end()).isEqualTo(entry.text().length());
					assertThat(c.opener()).isEqualTo((char) 0);
					assertThat(c.closer()).isEqualTo((char) 0);
				}));
			assertThat(Sources.use(this.post, 12)).extracting(LineUse::role, LineUse::anchor)
				.containsExactly(LineRole.CITATION, "w3");
		}

		@Test
		void namesShareButtonsLikeButtonsAndTheReplyForm() {
			assertThat(List.of(14, 15, 16, 17, 18, 41, 42, 43, 47, 48)).extracting((n) -> Sources.use(this.post, n))
				.extracting(LineUse::role, LineUse::label)
				.containsExactly(tuple(LineRole.FURNITURE, "Share this:"), tuple(LineRole.FURNITURE, "share button"),
						tuple(LineRole.FURNITURE, "share button"), tuple(LineRole.FURNITURE, "Like this:"),
						tuple(LineRole.FURNITURE, "like button"), tuple(LineRole.FURNITURE, "Leave a Reply"),
						tuple(LineRole.FURNITURE, "Your email address will not be published."),
						tuple(LineRole.FURNITURE, "reply form field"),
						tuple(LineRole.FURNITURE, "Save my name, email, and website"),
						tuple(LineRole.FURNITURE, "Post Comment"));
		}

		@Test
		void readsAuthorsAndDatesFromCommentHeaders() {
			assertThat(this.post.part(ParsedComments.class).claimed()).isEqualTo(3);
			assertThat(this.post.part(ParsedComments.class).comments())
				.extracting(ParsedComment::author, ParsedComment::date, ParsedComment::number)
				.containsExactly(tuple("Kelly", LocalDate.of(2019, 4, 5), null),
						tuple("Mark Danilov", LocalDate.of(2019, 4, 6), null),
						tuple("Anna Keller", LocalDate.of(2019, 4, 7), null));
			assertThat(Sources.use(this.post, 22)).extracting(LineUse::role, LineUse::label, LineUse::anchor)
				.containsExactly(LineRole.COMMENT, "comment author", "c1");
			assertThat(Sources.use(this.post, 23).label()).isEqualTo("comment date");
		}

		@Test
		void keepsMultiParagraphCommentsTogetherAndCallsReplyLinksFurniture() {
			ParsedComment first = this.post.part(ParsedComments.class).comments().get(0);
			assertThat(first.paragraphs()).extracting(ParsedPassage::anchor, ParsedPassage::text)
				.containsExactly(tuple("c1-1", "I had no idea the bands were licensed and unlicensed so often."),
						tuple("c1-2", "Do you know whether any recordings survive?"));
			assertThat(first.firstLine()).isEqualTo(22);
			assertThat(first.lastLine()).isEqualTo(27);
			assertThat(Sources.use(this.post, 28)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "reply link");
		}

		@Test
		void hasNoNotesWhenTheClaimMatches() {
			assertThat(this.post.notes()).isEmpty();
			Sources.assertEveryLineAccounted(this.lines, this.post);
		}

	}

	@Nested
	class BareCommentsAndSingleNewlines {

		private final SourceLines lines = Sources.fixture("blog/bare-comments-single-newlines.txt");

		private final ParsedDocument post = parse(this.lines);

		@Test
		void readsABodyWithoutBlankLinesAndASourcesList() {
			assertThat(this.post.title()).isEqualTo("Letters to the Editor, 1956");
			assertThat(body(this.post).passages()).extracting(ParsedPassage::firstLine).containsExactly(2, 3, 4);
			assertThat(this.post.sections().get(1)).extracting(ParsedSection::title, ParsedSection::headingLine)
				.containsExactly("Sources", 5);
			assertThat(this.post.sections().get(1).passages()).extracting(ParsedPassage::anchor)
				.containsExactly("w1", "w2");
		}

		@Test
		void readsResponsesToAsTheCommentsHeader() {
			assertThat(this.post.part(ParsedComments.class).claimed()).isEqualTo(4);
			assertThat(Sources.use(this.post, 9).role()).isEqualTo(LineRole.METADATA);
		}

		@Test
		void separatesUnsignedCommentsByTheWiderGapsAndParagraphsByTheNarrowerOnes() {
			assertThat(this.post.part(ParsedComments.class).comments())
				.extracting(ParsedComment::anchor, (c) -> c.paragraphs().size(), ParsedComment::firstLine,
						ParsedComment::lastLine)
				.containsExactly(tuple("c1", 2, 12, 13), tuple("c2", 2, 16, 18), tuple("c3", 1, 21, 21));
			assertThat(this.post.part(ParsedComments.class).comments().get(1).paragraphs())
				.extracting(ParsedPassage::anchor)
				.containsExactly("c2-1", "c2-2");
		}

		@Test
		void notesTheMissingComment() {
			assertThat(this.post.notes()).extracting(SourceNote::line, SourceNote::kind, SourceNote::message)
				.containsExactly(
						tuple(9, NoteKind.CLAIMED_VS_PRESENT, "The page claims 4 comments; this copy holds 3."));
		}

		@Test
		void accountsForEveryLine() {
			Sources.assertEveryLineAccounted(this.lines, this.post);
			assertThat(Sources.use(this.post, 22).label()).isEqualTo("Leave a Comment");
		}

	}

	@Nested
	class NumberedCommentsWithHeaders {

		private final SourceLines lines = Sources.fixture("blog/numbered-no-closing-quote.txt");

		private final ParsedDocument post = parse(this.lines);

		@Test
		void findsAnAuthorDateCitationInTheBody() {
			assertThat(body(this.post).passages().get(1).citations()).extracting(FoundCitation::raw)
				.containsExactly("(Ivanova 2011, p. 140)");
		}

		@Test
		void readsTheNumberAuthorAndDateOfANumberedComment() {
			assertThat(this.post.part(ParsedComments.class).claimed()).isEqualTo(2);
			ParsedComment first = this.post.part(ParsedComments.class).comments().get(0);
			assertThat(first.number()).isEqualTo(1);
			assertThat(first.author()).isEqualTo("Olga");
			assertThat(first.date()).isEqualTo(LocalDate.of(2018, 5, 2));
			assertThat(first.paragraphs()).extracting(ParsedPassage::text)
				.containsExactly("My grandmother was one of those teachers.", "She never talked about that morning.");
		}

		@Test
		void cutsTheNumberOffTheFirstParagraph() {
			ParsedComment second = this.post.part(ParsedComments.class).comments().get(1);
			assertThat(second.number()).isEqualTo(2);
			assertThat(second.author()).isNull();
			assertThat(second.paragraphs()).singleElement()
				.extracting(ParsedPassage::text)
				.isEqualTo("A very good choice of topic. I would have liked more on the rural schools.");
		}

		@Test
		void hasNoNotesAndAccountsForEveryLine() {
			assertThat(this.post.notes()).isEmpty();
			Sources.assertEveryLineAccounted(this.lines, this.post);
		}

	}

	@Test
	void readsOneThoughtOnAsAClaimOfOne() {
		ParsedDocument post = parse(SourceLines.of("""
				A Post
				Body text.
				One thought on “A Post”
				Nice.
				"""));
		assertThat(post.part(ParsedComments.class).claimed()).isEqualTo(1);
		assertThat(post.part(ParsedComments.class).comments()).hasSize(1);
		assertThat(post.notes()).isEmpty();
	}

	@Test
	void leavesLinesAfterTheBodyThatMatchNothingUnaccounted() {
		ParsedDocument post = parse(SourceLines.of("""
				A Post
				Body text.
				Print Friendly, PDF & Email
				Something nobody expected here
				"""));
		assertThat(post.unaccounted()).extracting(LineUse::line).containsExactly(4);
	}

	@Test
	void notesAClaimOfOneCommentWithNoneInTheCopyInTheSingular() {
		ParsedDocument post = parse(SourceLines.of("A Post\nBody text.\n1 comment\nLeave a Reply\n"));
		assertThat(post.notes()).filteredOn((note) -> note.kind() == NoteKind.CLAIMED_VS_PRESENT)
			.extracting(SourceNote::message)
			.containsExactly("The page claims 1 comment; this copy holds 0.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "article/single-newlines-bracket-edit.txt", "article/blank-lines-lone-edit.txt",
			"article/longer-glued-edit.txt", "blog/says-comments-works-cited.txt",
			"blog/bare-comments-single-newlines.txt", "blog/numbered-no-closing-quote.txt", "text/plain-essay.txt",
			"text/essay-with-works-cited.txt" })
	void givesEveryLineOfAnySourceOneUse(String fixture) {
		SourceLines lines = Sources.fixture(fixture);
		assertThat(parse(lines).lines()).hasSize(lines.count());
		SourceLines book = Sources.seed(Sources.BOOK_SEED);
		assertThat(parse(book).lines()).hasSize(book.count());
	}

}
