package org.thawcorpus.source.blog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.thawcorpus.text.TextFolding;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines that open a comment, and the date lines under them, in several shapes. */
class CommentHeadersTest {

	private static CommentHeaders.Header read(String line) {
		return CommentHeaders.read(TextFolding.fold(line).strip());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Kelly says:|Kelly|", "-thh sagt:|-thh|", "Jean-Luc dit :|Jean-Luc|", "李明 dit :|李明|",
					"Ольга 🌻 sagt:|Ольга 🌻|", "Anna on April 7, 2019 at 9:15 am said:|Anna|April 7, 2019 at 9:15 am",
					"Ivan Petrov (Moscow) · March 10, 2017 at 12:20 AM|Ivan Petrov (Moscow)|March 10, 2017 at 12:20 AM",
					"Ivan Petrov Jun 20th at 2:41 am|Ivan Petrov|Jun 20th at 2:41 am",
					"Boris Lentov • 3 years ago|Boris Lentov|3 years ago",
					"Anna · 28. Juli 2019 um 13:39|Anna|28. Juli 2019 um 13:39" })
	void readsTheNameAndTheDateOfAHeader(String line, String name, String date) {
		CommentHeaders.Header header = read(line);
		assertThat(header).isNotNull();
		assertThat(header.name()).isEqualTo(name);
		assertThat(header.date()).isEqualTo(date);
		assertThat(header.dateBelow()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ivan Petrov said...", "Anonymous said…", "Anna hat gesagt…", "Jeanne a dit…" })
	void readsBloggersOlderHeaderWhoseDateComesBelow(String line) {
		assertThat(read(line).dateBelow()).isTrue();
		assertThat(CommentHeaders.isVerbHeader(TextFolding.fold(line))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I saw the square on May 5, 2016 at 3:00 pm", "We met there · March 10, 2017.",
			"28. Juli 2019 um 13:39", "le 5 mars 2019 à 08:15", "My aunt typed Pasternak on exactly this paper.",
			"Published on March 3, 2019 by Anna" })
	void takesNoSentenceOrDateAloneForAHeader(String line) {
		assertThat(read(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "August 3, 2019 at 4:11 am", "28. Juli 2019 um 13:39", "28. Juli 2019 um 13:39 Uhr",
			"4 mars 2019 à 10 h 20 min", "le 5 mars 2019 à 08:15", "13 March 2019 at 08:15", "5/13/2013 4:02 PM",
			"Monday, May 9, 2016", "Jun 20th at 2:41 am", "3 years ago", "vor 3 Jahren", "il y a 2 ans", "2019-07-28" })
	void recognisesDateLinesInSeveralLanguages(String line) {
		assertThat(CommentHeaders.isDateLine(TextFolding.fold(line))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "28. The square filled up", "March on", "Reply 2 at 4", "My father read there in 1960." })
	void takesNoOtherLineForADate(String line) {
		assertThat(CommentHeaders.isDateLine(TextFolding.fold(line))).isFalse();
	}

}
