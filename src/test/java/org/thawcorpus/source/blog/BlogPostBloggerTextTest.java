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
 * Text copies of Blogger posts: comments with names in capitals, "REPLYDELETE" and
 * threads of replies; the older "said..." comments with their date below; "No comments:"
 * with the sidebar under it.
 */
class BlogPostBloggerTextTest {

	/** Threaded comments as a styled Blogger page shows them. */
	@Nested
	class RepliesInCapitals {

		private final SourceLines lines = Sources.fixture("blog/blogger-replies-capitals.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		private final ParsedComments comments = this.post.part(ParsedComments.class);

		@Test
		void takesTheTitleItStates() {
			assertThat(this.post.title()).isEqualTo("The Poets of Mayakovsky Square");
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void readsEachNameInCapitalsWithTheDateUnderIt() {
			assertThat(this.comments.claimed()).isEqualTo(4);
			assertThat(this.comments.comments()).extracting(ParsedComment::author, ParsedComment::date)
				.containsExactly(tuple("ANONYMOUS", LocalDate.of(2019, 3, 4)),
						tuple("ANNA KELLER", LocalDate.of(2019, 3, 4)), tuple("IVAN PETROV", LocalDate.of(2019, 3, 5)),
						tuple("ŁUKASZ NOWAK 📚", LocalDate.of(2019, 3, 13)));
			assertThat(this.comments.comments()).flatExtracting(ParsedComment::paragraphs)
				.extracting(ParsedPassage::firstLine)
				.containsExactly(15, 22, 29, 35);
		}

		@Test
		void putsTheCommentsUnderRepliesInTheThreadOfTheCommentAboveIt() {
			assertThat(this.comments.comments()).extracting(ParsedComment::replyTo)
				.containsExactly(null, "c1", null, null);
			assertThat(Sources.use(this.post, 18).label()).isEqualTo("replies toggle");
		}

		@Test
		void namesTheCommentLinksAndTheShareRowAsFurniture() {
			assertThat(Sources.use(this.post, 9)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "share button");
			assertThat(Sources.use(this.post, 17)).extracting(LineUse::role, LineUse::label, LineUse::anchor)
				.containsExactly(LineRole.FURNITURE, "comment links", "c1");
			assertThat(Sources.use(this.post, 39)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "comment links");
		}

		@Test
		void takesEverythingAfterTheFeedLinksForTheSidebar() {
			assertThat(Sources.use(this.post, 44).label()).isEqualTo("feed links");
			assertThat(this.post.lines().subList(44, this.lines.count()))
				.allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
			assertThat(Sources.use(this.post, 47).label()).isEqualTo("sidebar");
		}

	}

	/**
	 * A German Blogger page: "ANTWORTENLÖSCHEN", and "ANTWORTEN" both for a thread's
	 * toggle and for its reply link.
	 */
	@Nested
	class GermanThread {

		private final SourceLines lines = Sources.fixture("blog/blogger-german-antworten.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void readsTheGermanCommentsAndTheReplyInItsThread() {
			assertThat(this.post.part(ParsedComments.class).comments())
				.extracting(ParsedComment::author, ParsedComment::date, ParsedComment::replyTo)
				.containsExactly(tuple("ANONYM", LocalDate.of(2019, 7, 29), null),
						tuple("ANNA KELLER", LocalDate.of(2019, 7, 29), "c1"),
						tuple("JÜRGEN MÜLLER", LocalDate.of(2019, 8, 2), null));
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void takesTheGermanBylineLinksAndSidebarForWhatTheyAre() {
			assertThat(Sources.use(this.post, 8)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "byline");
			assertThat(Sources.use(this.post, 16).label()).isEqualTo("comment links");
			assertThat(Sources.use(this.post, 34).label()).isEqualTo("Leave a Comment");
			assertThat(Sources.use(this.post, 37).label()).isEqualTo("feed links");
			assertThat(this.post.lines().subList(37, this.lines.count()))
				.allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
		}

	}

	/**
	 * A French Blogger page: "RÉPONDRESUPPRIMER", "RÉPONSES" opening a thread, the share
	 * row in French, "CHARGER LA SUITE..." and "Enregistrer un commentaire".
	 */
	@Nested
	class FrenchThread {

		private final SourceLines lines = Sources.fixture("blog/blogger-french-repondre.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void readsTheFrenchCommentsAndTheReplyInItsThread() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.claimed()).isEqualTo(3);
			assertThat(comments.comments())
				.extracting(ParsedComment::author, ParsedComment::date, ParsedComment::replyTo)
				.containsExactly(tuple("ANONYME", LocalDate.of(2019, 7, 29), null),
						tuple("ANNA KELLER", LocalDate.of(2019, 7, 29), "c1"),
						tuple("JEAN DUPONT", LocalDate.of(2019, 8, 2), null));
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void takesTheFrenchShareRowLinksAndFormForFurniture() {
			assertThat(this.post.title()).isEqualTo("Lettres à la rédaction, 1956");
			assertThat(Sources.use(this.post, 8)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "byline");
			assertThat(Sources.use(this.post, 9)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "share button");
			assertThat(Sources.use(this.post, 33)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "comment links");
			assertThat(Sources.use(this.post, 35)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "Leave a Comment");
			assertThat(this.post.lines().subList(37, this.lines.count()))
				.allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
		}

	}

	/** Blogger's older layout: "Name said...", the text, then the date. */
	@Nested
	class SaidWithTheDateBelow {

		private final SourceLines lines = Sources.fixture("blog/blogger-said-older.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void readsTheDateUnderEachCommentAsItsDate() {
			assertThat(this.post.part(ParsedComments.class).comments())
				.extracting(ParsedComment::author, ParsedComment::date, (c) -> c.paragraphs().size())
				.containsExactly(tuple("Ivan Petrov", LocalDate.of(2013, 5, 9), 1),
						tuple("Anonymous", LocalDate.of(2013, 5, 13), 2),
						tuple("Anna Keller", LocalDate.of(2013, 5, 14), 1));
			assertThat(Sources.use(this.post, 20)).extracting(LineUse::role, LineUse::label, LineUse::anchor)
				.as("a date month first, unambiguous as 13 is no month")
				.containsExactly(LineRole.COMMENT, "comment date", "c2");
			assertThat(this.post.notes()).isEmpty();
		}

	}

	/** "No comments:", then the reply form, the feed links and the blog's sidebar. */
	@Nested
	class NoCommentsThenTheSidebar {

		private final SourceLines lines = Sources.fixture("blog/blogger-no-comments-sidebar.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void readsNoCommentAndNoNote() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.claimed()).isZero();
			assertThat(comments.comments()).isEmpty();
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void takesTheSidebarsLinksForFurnitureNeverForCommentsOrWorks() {
			assertThat(this.post.lines().subList(9, this.lines.count()))
				.allSatisfy((use) -> assertThat(use.role()).as("line %d", use.line())
					.isIn(LineRole.METADATA, LineRole.FURNITURE, LineRole.BLANK));
			assertThat(Sources.use(this.post, 12).label()).isEqualTo("Leave a Comment");
			assertThat(Sources.use(this.post, 16)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "sidebar");
		}

	}

}
