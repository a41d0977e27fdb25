package org.thawcorpus.source.blog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as blogs print and embed them, in several languages. */
class BlogDatesTest {

	@Test
	void readsMachineReadableValuesAsTheSiteDatedThem() {
		assertThat(BlogDates.iso("2019-08-03T04:11:57+00:00")).isEqualTo(LocalDate.of(2019, 8, 3));
		assertThat(BlogDates.iso("2013-03-03T23:20:00-08:00")).isEqualTo(LocalDate.of(2013, 3, 3));
		assertThat(BlogDates.iso("comment_date")).isNull();
		assertThat(BlogDates.millis("post.html?showComment=1362400000000#c1001")).isEqualTo(LocalDate.of(2013, 3, 4));
	}

	@Test
	void readsPrintedDatesInSeveralLanguages() {
		assertThat(BlogDates.printed("August 3, 2019 at 4:11 am", null)).isEqualTo(LocalDate.of(2019, 8, 3));
		assertThat(BlogDates.printed("Sunday, May 8, 2016", null)).isEqualTo(LocalDate.of(2016, 5, 8));
		assertThat(BlogDates.printed("28. Juli 2019 um 13:39", null)).isEqualTo(LocalDate.of(2019, 7, 28));
		assertThat(BlogDates.printed("3. März 2019", null)).isEqualTo(LocalDate.of(2019, 3, 3));
		assertThat(BlogDates.printed("28.07.2019, 13:39", null)).isEqualTo(LocalDate.of(2019, 7, 28));
		assertThat(BlogDates.printed("le 1er août 2019 à 13 h 39", null)).isEqualTo(LocalDate.of(2019, 8, 1));
		assertThat(BlogDates.printed("28 de julio de 2019 a las 13:39", null)).isEqualTo(LocalDate.of(2019, 7, 28));
		assertThat(BlogDates.printed("12 октября 1957 г. в 10:00", null)).isEqualTo(LocalDate.of(1957, 10, 12));
	}

	@Test
	void completesADateWithoutItsYearOnlyFromAGivenDay() {
		LocalDate post = LocalDate.of(2019, 6, 19);
		assertThat(BlogDates.printed("Jun 20th at 2:41 am", null)).isNull();
		assertThat(BlogDates.lacksYear("Jun 20th at 2:41 am")).isTrue();
		assertThat(BlogDates.printed("Jun 20th at 2:41 am", post)).isEqualTo(LocalDate.of(2019, 6, 20));
		assertThat(BlogDates.printed("Jan 3rd at 6:30 pm", post)).isEqualTo(LocalDate.of(2020, 1, 3));
	}

	@Test
	void readsASlashedDateOnlyWhereTheDayShowsWhichNumberItIs() {
		assertThat(BlogDates.printed("5/13/2013 4:02 PM", null)).isEqualTo(LocalDate.of(2013, 5, 13));
		assertThat(BlogDates.printed("13/05/2013", null)).isEqualTo(LocalDate.of(2013, 5, 13));
		assertThat(BlogDates.printed("05/04/2013", null)).as("May 4 or 5 April").isNull();
	}

	@Test
	void knowsATextThatOpensWithADayAndAMonth() {
		assertThat(BlogDates.startsWithDayAndMonth("28. Juli war ein Sonntag.")).isTrue();
		assertThat(BlogDates.startsWithDayAndMonth("3 mars 2019")).isTrue();
		assertThat(BlogDates.startsWithDayAndMonth("28. Anna sagt:")).isFalse();
		assertThat(BlogDates.startsWithDayAndMonth("2 thoughts")).isFalse();
	}

	@Test
	void knowsAnArchivesMonthsInSeveralLanguages() {
		assertThat(BlogDates.isArchiveMonth("July 2019 (3)")).isTrue();
		assertThat(BlogDates.isArchiveMonth("Juli 2019")).isTrue();
		assertThat(BlogDates.isArchiveMonth("juillet 2019")).isTrue();
		assertThat(BlogDates.isArchiveMonth("Moscow 1957")).isFalse();
		assertThat(BlogDates.isArchiveMonth("July 29, 2019")).isFalse();
	}

	@Test
	void leavesWhatIsNoDateUnread() {
		assertThat(BlogDates.printed("today", null)).isNull();
		assertThat(BlogDates.printed("Reply 2 at 4", LocalDate.of(2019, 1, 1))).isNull();
		assertThat(BlogDates.printed("February 30, 2019", null)).isNull();
	}

}
