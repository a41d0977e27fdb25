package org.thawcorpus.bibliography;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationParserTests {

	private static PersonName name(String family, String given, String literal) {
		return new PersonName(family, given, literal);
	}

	@Nested
	class AuthorYearWithSemicolons {

		private final CitationData data = CitationParser
			.parse("Nahaylo, Bohdan; Swoboda, Victor (1990), Soviet disunion: a history of the nationalities problem "
					+ "in the USSR, p. 120. Free Press, ISBN 0-02-922401-2");

		@Test
		void readsBothAuthorsInverted() {
			assertThat(this.data.authors()).containsExactly(name("Nahaylo", "Bohdan", "Nahaylo, Bohdan"),
					name("Swoboda", "Victor", "Swoboda, Victor"));
		}

		@Test
		void readsTheYear() {
			assertThat(this.data.year()).isEqualTo(1990);
		}

		@Test
		void readsTheTitleWithItsSubtitle() {
			assertThat(this.data.title())
				.isEqualTo("Soviet disunion: a history of the nationalities problem in the USSR");
		}

		@Test
		void readsThePage() {
			assertThat(this.data.pages()).isEqualTo("120");
		}

		@Test
		void readsThePublisher() {
			assertThat(this.data.publisher()).isEqualTo("Free Press");
		}

		@Test
		void readsTheIsbnAsPrinted() {
			assertThat(this.data.isbn()).isEqualTo("0-02-922401-2");
		}

		@Test
		void isSureOfEveryField() {
			assertThat(this.data.uncertain()).isEmpty();
		}

	}

	@Nested
	class AuthorYearInNaturalOrder {

		private final CitationData data = CitationParser.parse("Ronald Grigor Suny (1994), The Making of the Georgian "
				+ "Nation, pp. 303-305. Indiana University Press, ISBN 0-253-20915-3");

		@Test
		void splitsGivenNamesFromTheFamilyName() {
			assertThat(this.data.authors()).containsExactly(name("Suny", "Ronald Grigor", "Ronald Grigor Suny"));
		}

		@Test
		void readsTheYear() {
			assertThat(this.data.year()).isEqualTo(1994);
		}

		@Test
		void readsTheTitle() {
			assertThat(this.data.title()).isEqualTo("The Making of the Georgian Nation");
		}

		@Test
		void readsThePageRange() {
			assertThat(this.data.pages()).isEqualTo("303-305");
		}

		@Test
		void readsThePublisher() {
			assertThat(this.data.publisher()).isEqualTo("Indiana University Press");
		}

		@Test
		void readsTheIsbn() {
			assertThat(this.data.isbn()).isEqualTo("0-253-20915-3");
		}

	}

	@Nested
	class AuthorYearWithCommasInTheTitle {

		private final CitationData data = CitationParser.parse("Charles Gati, (2006). Failed Illusions: Moscow, "
				+ "Washington, Budapest and the 1956 Hungarian Revolt. Stanford University Press. ISBN 0-8047-5606-6");

		@Test
		void readsTheAuthor() {
			assertThat(this.data.authors()).containsExactly(name("Gati", "Charles", "Charles Gati"));
		}

		@Test
		void readsTheYear() {
			assertThat(this.data.year()).isEqualTo(2006);
		}

		@Test
		void keepsPlaceNamesInsideTheTitle() {
			assertThat(this.data.title())
				.isEqualTo("Failed Illusions: Moscow, Washington, Budapest and the 1956 Hungarian Revolt");
		}

		@Test
		void readsThePublisher() {
			assertThat(this.data.publisher()).isEqualTo("Stanford University Press");
		}

		@Test
		void findsNoPlace() {
			assertThat(this.data.place()).isNull();
		}

		@Test
		void readsTheIsbn() {
			assertThat(this.data.isbn()).isEqualTo("0-8047-5606-6");
		}

	}

	@Nested
	class TitleFirstEditedAndTranslated {

		private final CitationData data = CitationParser.parse("Stalinism in Poland, 1944-1956, ed. and tr. by "
				+ "A. Kemp-Welch, St. Martin's Press, New York, 1999, ISBN 0-312-22644-6");

		@Test
		void hasNoAuthors() {
			assertThat(this.data.authors()).isEmpty();
		}

		@Test
		void keepsEditorsApartFromAuthors() {
			assertThat(this.data.editors()).containsExactly(name("Kemp-Welch", "A.", "A. Kemp-Welch"));
		}

		@Test
		void keepsTranslatorsApartFromAuthors() {
			assertThat(this.data.translators()).containsExactly(name("Kemp-Welch", "A.", "A. Kemp-Welch"));
		}

		@Test
		void keepsTheYearRangeInTheTitle() {
			assertThat(this.data.title()).isEqualTo("Stalinism in Poland, 1944-1956");
		}

		@Test
		void readsThePublisherDespiteTheAbbreviation() {
			assertThat(this.data.publisher()).isEqualTo("St. Martin's Press");
		}

		@Test
		void readsThePlace() {
			assertThat(this.data.place()).isEqualTo("New York");
		}

		@Test
		void readsTheYearAfterThePlace() {
			assertThat(this.data.year()).isEqualTo(1999);
		}

		@Test
		void readsTheIsbn() {
			assertThat(this.data.isbn()).isEqualTo("0-312-22644-6");
		}

		@Test
		void isSureOfEveryField() {
			assertThat(this.data.uncertain()).isEmpty();
		}

	}

	@Nested
	class WorksCitedEntries {

		@Test
		void readsLastFirstTitlePublisherYear() {
			CitationData data = CitationParser
				.parse("Gati, Charles. Failed Illusions. Stanford University Press, 2006.");
			assertThat(data.authors()).containsExactly(name("Gati", "Charles", "Gati, Charles"));
			assertThat(data.title()).isEqualTo("Failed Illusions");
			assertThat(data.publisher()).isEqualTo("Stanford University Press");
			assertThat(data.year()).isEqualTo(2006);
		}

		@Test
		void readsPlaceBeforeTheColon() {
			CitationData data = CitationParser
				.parse("Kemp-Welch, A. Stalinism in Poland. New York: St. Martin\u2019s Press, 1999.");
			assertThat(data.place()).isEqualTo("New York");
			assertThat(data.publisher()).isEqualTo("St. Martin\u2019s Press");
		}

		@Test
		void endsTheAuthorAtAnInitial() {
			CitationData data = CitationParser
				.parse("Kemp-Welch, A. Stalinism in Poland. New York: St. Martin's Press, 1999.");
			assertThat(data.authors()).containsExactly(name("Kemp-Welch", "A.", "Kemp-Welch, A."));
			assertThat(data.title()).isEqualTo("Stalinism in Poland");
		}

		@Test
		void keepsSeveralInitialsTogether() {
			CitationData data = CitationParser.parse("Tolkien, J. R. R. The Hobbit. London: Allen & Unwin, 1937.");
			assertThat(data.authors()).containsExactly(name("Tolkien", "J. R. R.", "Tolkien, J. R. R."));
			assertThat(data.title()).isEqualTo("The Hobbit");
		}

		@Test
		void readsAnEditorWithEd() {
			CitationData data = CitationParser
				.parse("Jones, Polly, ed. The Dilemmas of De-Stalinization. London: Routledge, 2006.");
			assertThat(data.authors()).isEmpty();
			assertThat(data.editors()).containsExactly(name("Jones", "Polly", "Jones, Polly"));
			assertThat(data.title()).isEqualTo("The Dilemmas of De-Stalinization");
		}

		@Test
		void readsATranslatorWithTrans() {
			CitationData data = CitationParser
				.parse("Ehrenburg, Ilya. The Thaw. Trans. Manya Harari. London: Harvill, 1955.");
			assertThat(data.authors()).containsExactly(name("Ehrenburg", "Ilya", "Ehrenburg, Ilya"));
			assertThat(data.translators()).containsExactly(name("Harari", "Manya", "Manya Harari"));
			assertThat(data.place()).isEqualTo("London");
			assertThat(data.publisher()).isEqualTo("Harvill");
		}

		@Test
		void readsASecondAuthorInNaturalOrder() {
			CitationData data = CitationParser.parse("Zubok, Vladislav, and Constantine Pleshakov. Inside the "
					+ "Kremlin's Cold War. Cambridge: Harvard University Press, 1996.");
			assertThat(data.authors()).containsExactly(name("Zubok", "Vladislav", "Zubok, Vladislav"),
					name("Pleshakov", "Constantine", "Constantine Pleshakov"));
		}

		@Test
		void readsAnIsbn13() {
			CitationData data = CitationParser.parse("Taubman, William. Khrushchev: The Man and His Era. New York: "
					+ "W. W. Norton & Company, 2003. ISBN 978-0-393-32484-6.");
			assertThat(data.isbn()).isEqualTo("978-0-393-32484-6");
			assertThat(data.publisher()).isEqualTo("W. W. Norton & Company");
		}

		@Test
		void readsAnIsbn10Label() {
			CitationData data = CitationParser.parse("Kemp-Welch, A., ed. Stalinism in Poland, 1944\u20131956. "
					+ "New York: St. Martin's Press, 1999. ISBN-10: 0-312-22644-6");
			assertThat(data.isbn()).isEqualTo("0-312-22644-6");
			assertThat(data.title()).isEqualTo("Stalinism in Poland, 1944\u20131956");
		}

		@Test
		void skipsAnEditionStatement() {
			CitationData data = CitationParser
				.parse("Hosking, Geoffrey. A History of the Soviet Union. Rev. ed. London: Fontana, 1990.");
			assertThat(data.place()).isEqualTo("London");
			assertThat(data.publisher()).isEqualTo("Fontana");
		}

		@Test
		void readsAQuotedTitleAndLeavesTheUrlOut() {
			CitationData data = CitationParser.parse("Smith, John. \u201cThe Thaw Remembered.\u201d Thaw Blog, "
					+ "5 Mar. 2019, https://example.org/thaw. Accessed 6 June 2020.");
			assertThat(data.title()).isEqualTo("The Thaw Remembered");
			assertThat(data.year()).isEqualTo(2019);
		}

		@Test
		void marksAPublisherWithoutATellingWordUncertain() {
			CitationData data = CitationParser.parse("Smith, John. \u201cThe Thaw Remembered.\u201d Thaw Blog, "
					+ "5 Mar. 2019, https://example.org/thaw. Accessed 6 June 2020.");
			assertThat(data.publisher()).isEqualTo("Thaw Blog");
			assertThat(data.uncertain()).containsExactly("publisher");
		}

		@Test
		void readsAuthorsJoinedByAmpersandBeforeABareYear() {
			CitationData data = CitationParser
				.parse("Nahaylo, B. & Swoboda, V. 1990. Soviet Disunion. New York: Free Press.");
			assertThat(data.authors()).containsExactly(name("Nahaylo", "B.", "Nahaylo, B."),
					name("Swoboda", "V.", "Swoboda, V."));
			assertThat(data.year()).isEqualTo(1990);
			assertThat(data.title()).isEqualTo("Soviet Disunion");
		}

		@Test
		void readsNonLatinNames() {
			CitationData data = CitationParser.parse("Автономов, Иван (1965), Оттепель, Москва: Политиздат");
			assertThat(data.authors()).containsExactly(name("Автономов", "Иван", "Автономов, Иван"));
			assertThat(data.title()).isEqualTo("Оттепель");
			assertThat(data.place()).isEqualTo("Москва");
			assertThat(data.publisher()).isEqualTo("Политиздат");
		}

	}

	@Nested
	class OtherForms {

		@Test
		void readsANoteWithPublicationInParentheses() {
			CitationData data = CitationParser.parse("Bohdan Nahaylo and Victor Swoboda, Soviet Disunion: A History "
					+ "of the Nationalities Problem in the USSR (New York: Free Press, 1990), 120.");
			assertThat(data.authors()).containsExactly(name("Nahaylo", "Bohdan", "Bohdan Nahaylo"),
					name("Swoboda", "Victor", "Victor Swoboda"));
			assertThat(data.place()).isEqualTo("New York");
			assertThat(data.year()).isEqualTo(1990);
		}

		@Test
		void keepsABarePageButMarksItUncertain() {
			CitationData data = CitationParser
				.parse("Bohdan Nahaylo and Victor Swoboda, Soviet Disunion " + "(New York: Free Press, 1990), 120.");
			assertThat(data.pages()).isEqualTo("120");
			assertThat(data.uncertain()).containsExactly("pages");
		}

		@Test
		void readsAnInTextCitation() {
			CitationData data = CitationParser.parse("Suny 1994, 303");
			assertThat(data.authors()).containsExactly(new PersonName("Suny", null, "Suny"));
			assertThat(data.year()).isEqualTo(1994);
			assertThat(data.pages()).isEqualTo("303");
			assertThat(data.title()).isNull();
		}

		@Test
		void readsAnInTextCitationWithTwoAuthors() {
			CitationData data = CitationParser.parse("Nahaylo and Swoboda 1990, p. 120");
			assertThat(data.authors()).extracting(PersonName::family).containsExactly("Nahaylo", "Swoboda");
			assertThat(data.pages()).isEqualTo("120");
		}

		@Test
		void keepsAnEnDashInPagesAsPrinted() {
			assertThat(CitationParser.parse("Taubman 2003: 270\u2013271").pages()).isEqualTo("270\u2013271");
		}

		@Test
		void readsEditedBy() {
			CitationData data = CitationParser
				.parse("The Dilemmas of De-Stalinization, edited by Polly Jones, London, Routledge, 2006");
			assertThat(data.editors()).containsExactly(name("Jones", "Polly", "Polly Jones"));
			assertThat(data.title()).isEqualTo("The Dilemmas of De-Stalinization");
			assertThat(data.publisher()).isEqualTo("Routledge");
		}

		@Test
		void readsTranslatedBy() {
			CitationData data = CitationParser
				.parse("The Thaw, translated by Manya Harari, Harvill Press, London, 1955");
			assertThat(data.translators()).containsExactly(name("Harari", "Manya", "Manya Harari"));
			assertThat(data.authors()).isEmpty();
		}

		@Test
		void readsEdsInParentheses() {
			CitationData data = CitationParser
				.parse("Jones, A. & Smith, B. (eds.) (1985). The Soviet Union Today. Macmillan.");
			assertThat(data.editors()).extracting(PersonName::family).containsExactly("Jones", "Smith");
			assertThat(data.authors()).isEmpty();
		}

		@Test
		void readsAnEditorBeforeATitle() {
			CitationData data = CitationParser
				.parse("Polly Jones (ed.), The Dilemmas of De-Stalinization, Routledge, 2006");
			assertThat(data.editors()).containsExactly(name("Jones", "Polly", "Polly Jones"));
			assertThat(data.title()).isEqualTo("The Dilemmas of De-Stalinization");
		}

		@Test
		void marksAuthorsCutShortByEtAlUncertain() {
			CitationData data = CitationParser.parse("Smith, J., et al. (2001). Soviet Studies. Routledge.");
			assertThat(data.authors()).containsExactly(name("Smith", "J.", "Smith, J."));
			assertThat(data.uncertain()).containsExactly("authors");
		}

		@Test
		void marksAuthorsReadFromASentenceUncertain() {
			CitationData data = CitationParser
				.parse("Charles Gati. Failed Illusions. Stanford University Press, 2006.");
			assertThat(data.authors()).containsExactly(name("Gati", "Charles", "Charles Gati"));
			assertThat(data.uncertain()).containsExactly("authors");
		}

		@Test
		void readsAQuotedTitleBeforeAContainer() {
			CitationData data = CitationParser
				.parse("\"The Secret Speech\", in The Khrushchev Reader, Penguin, 1960, pp. 5-10");
			assertThat(data.title()).isEqualTo("The Secret Speech");
			assertThat(data.pages()).isEqualTo("5-10");
		}

		@Test
		void readsACitationWithoutIsbn() {
			CitationData data = CitationParser.parse("Soviet Disunion, Free Press, 1990");
			assertThat(data.isbn()).isNull();
			assertThat(data.title()).isEqualTo("Soviet Disunion");
			assertThat(data.publisher()).isEqualTo("Free Press");
		}

		@Test
		void marksALoneTitleUncertain() {
			CitationData data = CitationParser.parse("see also the discussion above");
			assertThat(data.uncertain()).containsExactly("title");
		}

		@Test
		void readsOnlyThePageOfIbid() {
			CitationData data = CitationParser.parse("Ibid., p. 45");
			assertThat(data.pages()).isEqualTo("45");
			assertThat(data.title()).isNull();
		}

		@Test
		void readsOnlyThePageOfOpCit() {
			CitationData data = CitationParser.parse("op. cit., 45-47");
			assertThat(data.pages()).isEqualTo("45-47");
			assertThat(data.title()).isNull();
		}

		@Test
		void keepsAWordLikeViewedInTheTitle() {
			CitationData data = CitationParser.parse("Doe, Jane. Viewed from Moscow. London: Routledge, 1980.");
			assertThat(data.title()).isEqualTo("Viewed from Moscow");
		}

		@Test
		void leavesRetrievalNotesAndMediumOut() {
			CitationData data = CitationParser.parse("Doe, Jane (2019). The Thaw in Film. Retrieved March 5, 2020, "
					+ "from https://example.org/film. Print.");
			assertThat(data.title()).isEqualTo("The Thaw in Film");
			assertThat(data.publisher()).isNull();
			assertThat(data.year()).isEqualTo(2019);
			assertThat(data.uncertain()).isEmpty();
		}

		@Test
		void leavesABindingOut() {
			CitationData data = CitationParser
				.parse("Gati, Charles. Failed Illusions. Stanford University Press, 2006. ISBN 0-8047-5606-6 (pbk.)");
			assertThat(data.isbn()).isEqualTo("0-8047-5606-6");
			assertThat(data.publisher()).isEqualTo("Stanford University Press");
			assertThat(data.uncertain()).isEmpty();
		}

		@Test
		void keepsAnInvalidIsbnAsPrinted() {
			assertThat(CitationParser.parse("Soviet Disunion, Free Press, 1990, ISBN 0-02-922401-7").isbn())
				.isEqualTo("0-02-922401-7");
		}

		@Test
		void givesEmptyDataForBlankText() {
			CitationData data = CitationParser.parse("  ");
			assertThat(data.title()).isNull();
			assertThat(data.authors()).isEmpty();
		}

		@Test
		void returnsOriginalTextNotFoldedText() {
			CitationData data = CitationParser
				.parse("Gati, Charles. \u201cFailed\u00a0Illusions.\u201d Stanford " + "University Press, 2006.");
			assertThat(data.title()).isEqualTo("Failed\u00a0Illusions");
		}

	}

}
