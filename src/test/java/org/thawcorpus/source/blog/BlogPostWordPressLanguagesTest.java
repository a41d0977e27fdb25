package org.thawcorpus.source.blog;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
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
 * Copies of WordPress posts in German ("sagt:", "28. Juli 2019 um 13:39") and French
 * ("dit :", "4 mars 2019 à 10 h 20 min"), with the theme's furniture in those languages.
 */
class BlogPostWordPressLanguagesTest {

	/**
	 * A German WordPress post: a threaded reply, a pingback, an archive without counts.
	 */
	@Nested
	class German {

		private final SourceLines lines = Sources.fixture("blog/wordpress-german-sagt.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		private final ParsedComments comments = this.post.part(ParsedComments.class);

		@Test
		void takesTheTitleItStates() {
			assertThat(this.post.title()).isEqualTo("Die Tauwetter-Lesungen am Majakowski-Platz");
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void readsEachSagtHeaderWithItsGermanDateNeverTheDayAsACommentNumber() {
			assertThat(this.comments.claimed()).isEqualTo(4);
			assertThat(this.comments.comments())
				.extracting(ParsedComment::author, ParsedComment::date, ParsedComment::number)
				.containsExactly(tuple("-thh", LocalDate.of(2019, 7, 28), null),
						tuple("Anna Keller", LocalDate.of(2019, 7, 29), null),
						tuple("Ольга 🌻", LocalDate.of(2019, 8, 3), null),
						tuple("Lesungen im Freien | Moskauer Hefte", null, null));
			assertThat(Sources.use(this.post, 32)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.COMMENT, "comment date");
		}

		@Test
		void keepsTheIndentedReplyUnderItsParentAndThePingbackAsSuch() {
			assertThat(this.comments.comments()).extracting(ParsedComment::replyTo, ParsedComment::pingback)
				.containsExactly(tuple(null, false), tuple("c1", false), tuple(null, false), tuple(null, true));
			assertThat(this.comments.comments().get(0).paragraphs()).extracting(ParsedPassage::text)
				.containsExactly("Mein Vater hat dort 1960 gelesen und die Menge nie vergessen.");
		}

		@Test
		void namesTheGermanThemesFurnitureAndKeepsTheBodyToItsParagraphs() {
			assertThat(this.post.sections()).extracting(ParsedSection::title).containsExactly((String) null);
			assertThat(this.post.sections().get(0).passages()).extracting(ParsedPassage::firstLine)
				.containsExactly(17, 19);
			assertThat(Sources.use(this.post, 15)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "byline");
			assertThat(this.post.lines().subList(20, 25)).extracting(LineUse::label)
				.containsExactly("Share this:", "share button", "share button", "Like this:", "like button");
			assertThat(Sources.use(this.post, 53).label()).isEqualTo("Leave a Comment");
			assertThat(this.post.lines().subList(52, 62))
				.allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
		}

		@Test
		void takesTheArchiveMonthsForTheArchiveNeverForHeadings() {
			assertThat(this.post.lines().subList(62, 66)).extracting(LineUse::role, LineUse::label)
				.containsOnly(tuple(LineRole.FURNITURE, "archive"));
		}

	}

	/** A French WordPress post: "dit :" headers, a non-Latin name, French dates. */
	/**
	 * A German theme that numbers its comments: a paragraph of a comment that opens with
	 * a date ("28. Juli war ...") is no comment number 28.
	 */
	@Nested
	class GermanNumbered {

		private final SourceLines lines = Sources.fixture("blog/wordpress-german-numbered.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void readsOnlyTheNumbersInSequenceAsCommentNumbers() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.claimed()).isEqualTo(3);
			assertThat(comments.comments())
				.extracting(ParsedComment::number, ParsedComment::author, ParsedComment::date, ParsedComment::pingback)
				.containsExactly(tuple(1, "-thh", LocalDate.of(2019, 7, 28), false),
						tuple(2, "Anna Keller", LocalDate.of(2019, 7, 28), false),
						tuple(3, "Tauwetter im Archiv | Zeitschriftenblog", null, true));
			assertThat(comments.comments().get(0).paragraphs()).extracting(ParsedPassage::firstLine)
				.containsExactly(16, 18);
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void takesTheGermanFurnitureForWhatItIs() {
			assertThat(this.post.title()).isEqualTo("Briefe an die Redaktion");
			assertThat(Sources.use(this.post, 6).label()).isEqualTo("search box");
			assertThat(this.post.lines().subList(23, this.lines.count()))
				.allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
		}

	}

	@Nested
	class French {

		private final SourceLines lines = Sources.fixture("blog/wordpress-french-dit.txt");

		private final ParsedDocument post = BlogTextFixtures.read(this.lines);

		@Test
		void takesTheTitleItStates() {
			assertThat(this.post.title()).isEqualTo("Les lectures de la place Maïakovski");
			assertThat(this.post.notes()).isEmpty();
		}

		@Test
		void readsEachDitHeaderWithItsFrenchDate() {
			ParsedComments comments = this.post.part(ParsedComments.class);
			assertThat(comments.claimed()).isEqualTo(2);
			assertThat(comments.comments()).extracting(ParsedComment::author, ParsedComment::date)
				.containsExactly(tuple("Jean-Luc", LocalDate.of(2019, 3, 4)), tuple("李明", LocalDate.of(2019, 3, 5)));
			assertThat(Sources.use(this.post, 34)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.COMMENT, "comment date");
		}

		@Test
		void namesTheFrenchThemesFurniture() {
			assertThat(this.post.lines().subList(16, 21)).extracting(LineUse::label)
				.containsExactly("Share this:", "share button", "share button", "Like this:", "like button");
			assertThat(Sources.use(this.post, 23)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "categories");
			assertThat(Sources.use(this.post, 24)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.METADATA, "tags");
			assertThat(Sources.use(this.post, 32).label()).isEqualTo("reply link");
			assertThat(this.post.lines().subList(38, 51))
				.allSatisfy((use) -> assertThat(use.role()).isEqualTo(LineRole.FURNITURE));
			assertThat(Sources.use(this.post, 50).label()).as("the title under \"Article précédent\"")
				.isEqualTo("post navigation");
		}

	}

}
