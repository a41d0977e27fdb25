package org.thawcorpus.source.article;

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

class ArticleParserTest {

	private static ParsedDocument parse(SourceLines lines) {
		return new ArticleParser().parse(lines);
	}

	private static List<ParsedPassage> passages(ParsedDocument document) {
		return document.sections().stream().flatMap((section) -> section.passages().stream()).toList();
	}

	private static ParsedPassage passage(ParsedDocument document, String anchor) {
		return passages(document).stream().filter((p) -> p.anchor().equals(anchor)).findFirst().orElseThrow();
	}

	@Nested
	class Seed {

		private final SourceLines lines = Sources.seed(Sources.ARTICLE_SEED);

		private final ParsedDocument article = parse(this.lines);

		@Test
		void takesTheTitleFromTheLeadSentencesSubject() {
			assertThat(this.article.kind()).isEqualTo(ArticleKind.KIND);
			assertThat(this.article.title()).isEqualTo("The Khrushchev Thaw");
		}

		@Test
		void splitsTheLeadFromTheSectionWhoseHeadingHasEditGluedOn() {
			assertThat(this.article.sections())
				.extracting(ParsedSection::title, ParsedSection::headingLine, ParsedSection::role)
				.containsExactly(tuple(null, null, SectionRole.BODY),
						tuple("Polish and Hungarian Revolutions of 1956", 7, SectionRole.BODY));
			assertThat(Sources.use(this.article, 7).role()).isEqualTo(LineRole.HEADING);
		}

		@Test
		void makesEachParagraphLineAPassageAnchoredAcrossTheDocument() {
			assertThat(this.article.sections().get(0).passages()).extracting(ParsedPassage::anchor)
				.containsExactly("p1", "p2", "p3");
			assertThat(this.article.sections().get(1).passages()).extracting(ParsedPassage::anchor)
				.containsExactly("p4", "p5", "p6");
			assertThat(passages(this.article)).extracting(ParsedPassage::firstLine).containsExactly(1, 3, 5, 9, 11, 13);
			assertThat(passages(this.article)).allSatisfy((p) -> assertThat(p.lastLine()).isEqualTo(p.firstLine()));
		}

		@Test
		void keepsTheOriginalTextWithCyrillicStressMarksAndDashes() {
			assertThat(passage(this.article, "p1").text()).isEqualTo(this.lines.line(1))
				.contains("\u043e\u0301\u0442\u0442\u0435\u043f\u0435\u043b\u044c");
			assertThat(passage(this.article, "p2").text()).isEqualTo(this.lines.line(3)).contains("Tito\u2013Stalin");
		}

		@Test
		void findsExactlyFourCitations() {
			assertThat(passages(this.article).stream().mapToInt((p) -> p.citations().size()).sum()).isEqualTo(4);
			assertThat(passages(this.article)).extracting((p) -> p.citations().size())
				.containsExactly(0, 0, 2, 0, 1, 1);
		}

		@Test
		void findsTheCitationOpenedWithABraceAndClosedWithAParenthesis() {
			FoundCitation citation = passage(this.article, "p3").citations().get(0);
			assertThat(citation.raw()).isEqualTo("{Nahaylo, Bohdan; Swoboda, Victor (1990), Soviet disunion: a history "
					+ "of the nationalities problem in the USSR, p. 120. Free Press, ISBN 0-02-922401-2)");
			assertThat(citation.start()).isEqualTo(553);
			assertThat(citation.end()).isEqualTo(703);
			assertThat(citation.opener()).isEqualTo('{');
			assertThat(citation.closer()).isEqualTo(')');
			assertThat(citation.bracketsMatch()).isFalse();
		}

		@Test
		void findsTheSecondCitationOfTheSameParagraph() {
			FoundCitation citation = passage(this.article, "p3").citations().get(1);
			assertThat(citation.raw()).isEqualTo("(Ronald Grigor Suny (1994), The Making of the Georgian Nation, "
					+ "pp. 303-305. Indiana University Press, ISBN 0-253-20915-3)");
			assertThat(citation.start()).isEqualTo(785);
			assertThat(citation.end()).isEqualTo(906);
			assertThat(citation.end()).isEqualTo(passage(this.article, "p3").text().length());
			assertThat(citation.bracketsMatch()).isTrue();
		}

		@Test
		void findsTheCitationWithNestedParenthesesWhole() {
			FoundCitation citation = passage(this.article, "p5").citations().get(0);
			assertThat(citation.raw())
				.isEqualTo("(Charles Gati, (2006). Failed Illusions: Moscow, Washington, Budapest "
						+ "and the 1956 Hungarian Revolt. Stanford University Press. ISBN 0-8047-5606-6)");
			assertThat(citation.start()).isEqualTo(440);
			assertThat(citation.end()).isEqualTo(587);
			assertThat(citation.opener()).isEqualTo('(');
			assertThat(citation.closer()).isEqualTo(')');
		}

		@Test
		void findsTheCitationOfAnEditedAndTranslatedBook() {
			FoundCitation citation = passage(this.article, "p6").citations().get(0);
			assertThat(citation.raw()).isEqualTo("(Stalinism in Poland, 1944-1956, ed. and tr. by A. Kemp-Welch, "
					+ "St. Martin's Press, New York, 1999, ISBN 0-312-22644-6)");
			assertThat(citation.start()).isEqualTo(325);
			assertThat(citation.end()).isEqualTo(443);
		}

		@Test
		void citationOffsetsPointIntoThePassageText() {
			for (ParsedPassage p : passages(this.article)) {
				for (FoundCitation citation : p.citations()) {
					assertThat(p.text().substring(citation.start(), citation.end())).isEqualTo(citation.raw());
				}
			}
		}

		@Test
		void takesNeitherTheNameInRussianNorTheQuotedTitleNorTheAsideForCitations() {
			assertThat(passage(this.article, "p1").citations()).isEmpty();
			assertThat(passage(this.article, "p2").text())
				.contains("(\"\u041e\u0442\u0442\u0435\u043f\u0435\u043b\u044c\")", "(with whom relations had soured");
			assertThat(passage(this.article, "p2").citations()).isEmpty();
		}

		@Test
		void notesTheMismatchedBracketsAndTheStrayClosingBracket() {
			assertThat(this.article.notes()).extracting(SourceNote::line, SourceNote::kind)
				.containsExactly(tuple(3, NoteKind.STRAY_BRACKET), tuple(5, NoteKind.BRACKET_MISMATCH));
			assertThat(this.article.notes().get(0).message()).contains("\"]\"", "Line 3");
			assertThat(this.article.notes().get(1).message()).contains("\"{\"", "\")\"", "line 5");
		}

		@Test
		void accountsForEveryLine() {
			Sources.assertEveryLineAccounted(this.lines, this.article);
		}

	}

	@Nested
	class SingleNewlinesWithBracketedEditLinks {

		private final SourceLines lines = Sources.fixture("article/single-newlines-bracket-edit.txt");

		private final ParsedDocument article = parse(this.lines);

		@Test
		void takesTheTitleFromAStandaloneFirstLineAfterTheFurniture() {
			assertThat(this.article.title()).isEqualTo("Virgin Lands campaign");
			assertThat(this.article.lines().subList(0, 3)).extracting(LineUse::role, LineUse::label)
				.containsExactly(tuple(LineRole.FURNITURE, "site tagline"), tuple(LineRole.FURNITURE, "jump link"),
						tuple(LineRole.TITLE, "title"));
		}

		@Test
		void readsHeadingsWithBracketedEditLinksAndTheTrailingSections() {
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::role)
				.containsExactly(tuple(null, SectionRole.BODY), tuple("Background", SectionRole.BODY),
						tuple("Results", SectionRole.BODY), tuple("See also", SectionRole.BODY),
						tuple("References", SectionRole.WORKS_CITED), tuple("External links", SectionRole.BODY));
		}

		@Test
		void makesEachLineAPassageWithoutBlankLinesBetween() {
			assertThat(passages(this.article)).extracting(ParsedPassage::anchor, ParsedPassage::firstLine)
				.containsExactly(tuple("p1", 4), tuple("p2", 5), tuple("p3", 7), tuple("p4", 8), tuple("p5", 10),
						tuple("p6", 11), tuple("p7", 13), tuple("w1", 15), tuple("w2", 16), tuple("p8", 18));
		}

		@Test
		void findsCitationsWithAnIsbn13AnIsbn10EndingInXAndNoIsbn() {
			assertThat(passage(this.article, "p2").citations()).singleElement()
				.satisfies((c) -> assertThat(c.raw()).startsWith("(Orlova, Nadia (2003)")
					.endsWith("ISBN 978-0-19-282671-8)"));
			assertThat(passage(this.article, "p3").citations()).singleElement()
				.satisfies((c) -> assertThat(c.raw())
					.isEqualTo("(Smith, John (1998). Bread and Politics. Oxford University Press.)"));
			assertThat(passage(this.article, "p5").citations()).singleElement()
				.satisfies((c) -> assertThat(c.raw()).endsWith("ISBN 0-8101-3375-X)"));
		}

		@Test
		void leavesTheGlossInRussianAndTheCitationNeededMarkAlone() {
			assertThat(passage(this.article, "p1").citations()).isEmpty();
			assertThat(passage(this.article, "p4").citations()).isEmpty();
		}

		@Test
		void notesTheCitationNeededMarkAndKeepsItInTheText() {
			assertThat(passage(this.article, "p4").text()).contains("[citation needed]");
			assertThat(this.article.notes()).filteredOn((note) -> note.kind() == NoteKind.CITATION_NEEDED)
				.extracting(SourceNote::line)
				.containsExactly(8);
		}

		@Test
		void notesAnOpeningBracketThatIsNeverClosed() {
			assertThat(passage(this.article, "p6").citations()).isEmpty();
			assertThat(this.article.notes()).filteredOn((note) -> note.kind() != NoteKind.CITATION_NEEDED)
				.singleElement()
				.satisfies((note) -> {
					assertThat(note.line()).isEqualTo(11);
					assertThat(note.kind()).isEqualTo(NoteKind.STRAY_BRACKET);
					assertThat(note.message()).contains("\"(\"", "never closed");
				});
		}

		@Test
		void makesReferencesEntriesCitationsWithoutTheirBacklinkMarks() {
			ParsedPassage second = passage(this.article, "w2");
			assertThat(second.text()).isEqualTo("^ a b Brandt, Oskar. Wheat and Wind. Harrow Books, 1976.");
			assertThat(second.citations()).singleElement().satisfies((c) -> {
				assertThat(c.raw()).isEqualTo("Brandt, Oskar. Wheat and Wind. Harrow Books, 1976.");
				assertThat(c.opener()).isEqualTo((char) 0);
				assertThat(c.closer()).isEqualTo((char) 0);
			});
			assertThat(Sources.use(this.article, 15)).extracting(LineUse::role, LineUse::anchor)
				.containsExactly(LineRole.CITATION, "w1");
		}

		@Test
		void accountsForEveryLineIncludingTheRetrievalLink() {
			Sources.assertEveryLineAccounted(this.lines, this.article);
			assertThat(Sources.use(this.article, 19).label()).isEqualTo("retrieval link");
		}

	}

	@Nested
	class BlankLinesWithLoneEditLines {

		private final SourceLines lines = Sources.fixture("article/blank-lines-lone-edit.txt");

		private final ParsedDocument article = parse(this.lines);

		@Test
		void takesTheTitleFromTheSubjectBeforeTheVerbWhenTheLeadHasNoGloss() {
			assertThat(this.article.title()).isEqualTo("Novy Mir");
		}

		@Test
		void readsAHeadingFollowedByALoneEditLineAndCallsThatLineFurniture() {
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::headingLine)
				.containsExactly(tuple(null, null), tuple("History", 6), tuple("Reception", 13),
						tuple("Further reading", 18));
			assertThat(List.of(7, 14, 19))
				.allSatisfy((n) -> assertThat(Sources.use(this.article, n)).extracting(LineUse::role, LineUse::label)
					.containsExactly(LineRole.FURNITURE, "edit link"));
		}

		@Test
		void ignoresExtraBlankLinesBetweenParagraphs() {
			assertThat(passages(this.article)).extracting(ParsedPassage::anchor, ParsedPassage::firstLine)
				.containsExactly(tuple("p1", 1), tuple("p2", 4), tuple("p3", 9), tuple("p4", 11), tuple("p5", 16),
						tuple("w1", 21), tuple("w2", 22));
		}

		@Test
		void takesNeitherABirthYearAsideNorAYearAloneForACitation() {
			assertThat(passage(this.article, "p2").citations()).isEmpty();
			assertThat(passage(this.article, "p3").citations()).extracting(FoundCitation::raw)
				.containsExactly("(Ivanova, Elena (2011). The Thick Journals. Cornell University Press, p. 88)");
		}

		@Test
		void findsTheAuthorDateCitationInsideAnAside() {
			assertThat(passage(this.article, "p4").citations()).extracting(FoundCitation::raw)
				.containsExactly("(Petrov 1999, p. 14)");
		}

		@Test
		void takesAnUnclosedCitationToTheEndOfItsParagraphAndNotesIt() {
			ParsedPassage p = passage(this.article, "p5");
			assertThat(p.citations()).singleElement().satisfies((c) -> {
				assertThat(c.opener()).isEqualTo('(');
				assertThat(c.closer()).isEqualTo((char) 0);
				assertThat(c.end()).isEqualTo(p.text().length());
				assertThat(c.raw()).startsWith("(Lebedev, Ilya (2013)").endsWith("ISBN 978-0-674-02851-7");
			});
			assertThat(this.article.notes()).singleElement().satisfies((note) -> {
				assertThat(note.line()).isEqualTo(16);
				assertThat(note.kind()).isEqualTo(NoteKind.STRAY_BRACKET);
				assertThat(note.message()).contains("never closed", "end of the paragraph");
			});
		}

		@Test
		void makesFurtherReadingAWorksCitedList() {
			ParsedSection reading = this.article.sections().get(3);
			assertThat(reading.role()).isEqualTo(SectionRole.WORKS_CITED);
			assertThat(reading.passages()).extracting((p) -> p.citations().get(0).raw())
				.containsExactly("Ivanova, Elena. The Thick Journals. Cornell University Press, 2011.",
						"Sorokin, Pavel. Prose after the Freeze. Clarendon Books, 1986.");
		}

		@Test
		void accountsForEveryLine() {
			Sources.assertEveryLineAccounted(this.lines, this.article);
		}

	}

	@Nested
	class LongerArticleWithGluedEditLinks {

		private final SourceLines lines = Sources.fixture("article/longer-glued-edit.txt");

		private final ParsedDocument article = parse(this.lines);

		@Test
		void readsTheTitleAndEverySection() {
			assertThat(this.article.title()).isEqualTo("Festival of Youth and Students");
			assertThat(this.article.sections()).extracting(ParsedSection::title, ParsedSection::role)
				.containsExactly(tuple(null, SectionRole.BODY), tuple("Preparations", SectionRole.BODY),
						tuple("The festival", SectionRole.BODY), tuple("Aftermath", SectionRole.BODY),
						tuple("Legacy", SectionRole.BODY), tuple("See also", SectionRole.BODY),
						tuple("Notes", SectionRole.WORKS_CITED), tuple("Further reading", SectionRole.WORKS_CITED));
		}

		@Test
		void numbersParagraphsAcrossSectionsAndEntriesAcrossLists() {
			assertThat(passages(this.article)).extracting(ParsedPassage::anchor)
				.containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12", "w1", "w2",
						"w3");
		}

		@Test
		void makesTheHatnoteFurniture() {
			assertThat(Sources.use(this.article, 5)).extracting(LineUse::role, LineUse::label)
				.containsExactly(LineRole.FURNITURE, "hatnote");
		}

		@Test
		void findsCitationsInSquareBracketsAndAuthorDateLists() {
			assertThat(passage(this.article, "p4").citations()).singleElement().satisfies((c) -> {
				assertThat(c.opener()).isEqualTo('[');
				assertThat(c.closer()).isEqualTo(']');
				assertThat(c.raw()).isEqualTo("[Hall, Peter (2001). Hosts and Guests. Routledge Books, p. 3]");
			});
			assertThat(passage(this.article, "p9").citations()).extracting(FoundCitation::raw)
				.containsExactly("(see Keller 2009, p. 201; Hall 2001, p. 77)");
			assertThat(passage(this.article, "p8").citations()).extracting(FoundCitation::raw)
				.singleElement()
				.asString()
				.startsWith("(Volkova, Irina, ed. (2015)");
		}

		@Test
		void leavesAsidesQuotesAndGlossesAlone() {
			assertThat(List.of("p1", "p2", "p3", "p6", "p7", "p10"))
				.allSatisfy((anchor) -> assertThat(passage(this.article, anchor).citations()).isEmpty());
		}

		@Test
		void cutsNumberedNoteEntriesAfterTheirMarks() {
			assertThat(passage(this.article, "w1").citations()).singleElement()
				.satisfies((c) -> assertThat(c.start()).isEqualTo(5));
		}

		@Test
		void hasNoNotesAndAccountsForEveryLine() {
			assertThat(this.article.notes()).isEmpty();
			Sources.assertEveryLineAccounted(this.lines, this.article);
		}

	}

	@Test
	void notesAnEmptyReferencesList() {
		ParsedDocument article = parse(SourceLines.of("""
				Kitchen debate
				The Kitchen debate (Russian: кухонные дебаты) was an exchange held in 1959.
				ReferencesEdit
				"""));
		assertThat(article.sections()).extracting(ParsedSection::title).containsExactly(null, "References");
		assertThat(article.notes()).extracting(SourceNote::line, SourceNote::kind)
			.containsExactly(tuple(3, NoteKind.EMPTY_WORKS_CITED));
	}

	@Test
	void fallsBackToTheStartOfTheFirstParagraphWhenNoTitleCanBeFound() {
		ParsedDocument article = parse(SourceLines.of("In 1959, the exhibition opened in a park in Moscow.\n"));
		assertThat(article.title()).isEqualTo("In 1959, the exhibition opened in a park in Moscow.");
		assertThat(article.notes()).extracting(SourceNote::kind).containsExactly(NoteKind.OTHER);
	}

	@Test
	void parsesAnEmptySourceAsAnUntitledArticle() {
		ParsedDocument article = parse(SourceLines.of(""));
		assertThat(article.title()).isEqualTo("(untitled)");
		assertThat(article.sections()).isEmpty();
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
