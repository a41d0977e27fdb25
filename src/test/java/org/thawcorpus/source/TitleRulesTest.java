package org.thawcorpus.source;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the title where a copy states it, and the note when none states it. */
class TitleRulesTest {

	private static SourceLines lines(String... lines) {
		return SourceLines.of(String.join("\n", lines) + "\n");
	}

	private static Integer line(TitleRule rule, SourceLines lines) {
		TitleCandidate candidate = rule.find(lines, FurnitureWords.COMMON);
		return (candidate != null) ? candidate.line() : null;
	}

	@Test
	void takesTheLineBeforeTheSitesTagline() {
		assertThat(line(TitleRules.BEFORE_TAGLINE, lines("Main menu", "Search", "Mozilla",
				"From Wikipedia, the free encyclopedia", "Mozilla is a free-software community.")))
			.isEqualTo(3);
		assertThat(
				line(TitleRules.BEFORE_TAGLINE, lines("", "Penny", "From Stardew Valley Wiki", "Penny is a villager.")))
			.isEqualTo(2);
		assertThat(line(TitleRules.BEFORE_TAGLINE, lines("Tauwetter im Kino", "Aus Wikipedia, der freien Enzyklopädie",
				"Als Tauwetter bezeichnet man ...")))
			.isEqualTo(1);
		assertThat(line(TitleRules.BEFORE_TAGLINE, lines("From Wikipedia, the free encyclopedia", "Virgin Lands")))
			.isNull();
	}

	@Test
	void takesTheLineTheCommentsHeaderQuotesEvenFarBelowASidebar() {
		SourceLines lines = lines("Skip to content", "A Blog", "Recent Posts", "Another Post", "Queues for Poetry", "",
				"The square filled every evening.", "", "2 thoughts on “Queues for Poetry”", "Boris says:");
		TitleCandidate candidate = TitleRules.QUOTED_BY_COMMENTS.find(lines, FurnitureWords.COMMON);
		assertThat(candidate.line()).isEqualTo(5);
		assertThat(candidate.cued()).isTrue();
		assertThat(line(TitleRules.QUOTED_BY_COMMENTS,
				lines("A Thaw that would not refreeze", "Text.", "6 thoughts on “A Thaw that would not refreeze")))
			.isEqualTo(1);
		assertThat(line(TitleRules.QUOTED_BY_COMMENTS, lines("Le dégel", "Texte.", "3 réflexions sur « Le dégel »")))
			.isEqualTo(1);
		assertThat(line(TitleRules.QUOTED_BY_COMMENTS, lines("Samizdat", "Text.", "12 Responses to Samizdat")))
			.isEqualTo(1);
		assertThat(line(TitleRules.QUOTED_BY_COMMENTS, lines("Samizdat", "Text.", "There are 13 comments"))).isNull();
	}

	@Test
	void takesTheLineAfterASeriesLineOrAboveOneInBrackets() {
		SourceLines after = lines("Rate this book", "Moscow Courtyards #2", "The Thaw Apartment", "Elena Varga");
		TitleCandidate candidate = TitleRules.AFTER_SERIES.find(after, FurnitureWords.COMMON);
		assertThat(candidate).isEqualTo(new TitleCandidate(3, 2, false, "the line after the series line"));
		assertThat(line(TitleRules.AFTER_SERIES, lines("Jump to ratings and reviews", "The Printer's Apprentice",
				"(Riga Quartet, #1)", "by Imants Kalnins")))
			.isEqualTo(2);
	}

	@Test
	void takesTheLineUnderADateStandingAloneWithProseUnderIt() {
		assertThat(line(TitleRules.UNDER_DATE, lines("Silicon Notes", "", "Sunday, May 8, 2016", "Open Verilog flow",
				"I've written a couple of posts in the past few months.")))
			.isEqualTo(4);
		assertThat(line(TitleRules.UNDER_DATE,
				lines("Sonntag, 8. Mai 2016", "Ein Titel", "Der erste Absatz des Beitrags ist länger.")))
			.isEqualTo(2);
	}

	@Test
	void takesTheLineAboveTheBylineOrAboveTheStandfirstOverIt() {
		assertThat(line(TitleRules.ABOVE_BYLINE, lines("Menu", "Home", "Jazz in the Thaw Years",
				"Posted on March 3, 2019 by Anna Keller", "", "When the festival came ...")))
			.isEqualTo(3);
		assertThat(line(TitleRules.ABOVE_BYLINE, lines("Home", "News", "Stack Overflow Jobs Data Shows ReactJS Skills",
				"Sarah Gooding March 9, 2017 13")))
			.isEqualTo(3);
		assertThat(line(TitleRules.ABOVE_BYLINE,
				lines("Want to See a More Diverse Community? So Do We.", "",
						"More diverse speakers at conferences means a more diverse community contributing to the "
								+ "project, and that results in better software for everyone.",
						"", "June 19, 2019")))
			.isEqualTo(1);
		assertThat(line(TitleRules.ABOVE_BYLINE, lines("Samizdat on Onionskin", "Posted by Ilse Varga at 10:20 PM")))
			.isEqualTo(1);
		assertThat(line(TitleRules.ABOVE_BYLINE,
				lines("Silicon Notes", "", "Sunday, May 8, 2016", "Open Verilog flow",
						"I've written a couple of posts in the past few months.")))
			.as("a date header is no byline")
			.isNull();
	}

	@Test
	void takesOnlyAnAuthorsBylineWhereDatelinesMayBeDetails() {
		SourceLines lines = lines("A Title", "Format: Hardcover", "Published: May 2, 1961 by Sovetsky Pisatel");
		assertThat(line(TitleRules.ABOVE_BYLINE, lines)).isEqualTo(2);
		assertThat(line(TitleRules.ABOVE_AUTHOR, lines)).isNull();
		assertThat(line(TitleRules.ABOVE_AUTHOR, lines("Kolyma Notebooks", "", "by Varvara Sennikova"))).isEqualTo(1);
	}

	@Test
	void takesAFirstLineThatTheParagraphUnderItNames() {
		assertThat(line(TitleRules.NAMED_BELOW, lines("Jump to navigation", "Virgin Lands campaign",
				"The Virgin Lands campaign was a plan announced in 1953.")))
			.isEqualTo(2);
		assertThat(line(TitleRules.NAMED_BELOW,
				lines("The Weather of Politics", "", "Writers have long borrowed the language of the seasons.")))
			.isNull();
	}

	@Test
	void prefersACuedTitleThenTheHighestPlacedOne() {
		SourceLines lines = lines("Kolyma Notebooks", "by Varvara Sennikova", "", "Short prose.", "Yusuf Demir",
				"December 7, 2022", "Kolyma Notebooks", "Text.", "1 thought on “Kolyma Notebooks”");
		TitleCandidate stated = Titles.stated(lines, FurnitureWords.COMMON,
				List.of(TitleRules.ABOVE_BYLINE, TitleRules.QUOTED_BY_COMMENTS));
		assertThat(stated.line()).as("the cued title, though lower").isEqualTo(7);
		TitleCandidate placed = Titles.stated(lines, FurnitureWords.COMMON,
				List.of((l, w) -> TitleCandidate.at(5, "a later rule"), TitleRules.ABOVE_AUTHOR));
		assertThat(placed.line()).as("the higher of two placed titles").isEqualTo(1);
		assertThat(Titles.stated(lines("The Weather of Politics", "", "Writers ..."), FurnitureWords.COMMON,
				TitleRules.GENERIC))
			.isNull();
	}

	@Test
	void saysWhenTheTitleIsTheFirstLine() {
		SourceNote note = Titles.firstLineNote(3);
		assertThat(note.kind()).isEqualTo(NoteKind.TITLE_FROM_FIRST_LINE);
		assertThat(note.line()).isEqualTo(3);
		assertThat(note.message()).contains("first line", "line 3");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Mozilla", "JSON parsing: simdjson vs. JSON for Modern C++",
			"Want to See a More Diverse WordPress Contributor Community? So Do We.",
			"Moscow 1956: The Silenced Spring" })
	void takesTitlesForTitles(String line) {
		assertThat(Titles.isTitleLike(line)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "July 29, 2018", "9,369,257 ratings238,122 reviews", "Where to find me:", "4",
			"More diverse speakers at conferences means a more diverse community contributing to the project, and "
					+ "that results in better software." })
	void takesNoOtherLineForATitle(String line) {
		assertThat(Titles.isTitleLike(line)).isFalse();
	}

}
