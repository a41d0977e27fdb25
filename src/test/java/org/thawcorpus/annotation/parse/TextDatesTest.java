package org.thawcorpus.annotation.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TextDatesTest {

	private final EntityRecognizer recognizer = new EntityRecognizer(Register.standard());

	private List<DateMention> dates(String text, boolean citation) {
		return TextDates.find(text, this.recognizer.find(text), citation);
	}

	@Test
	void takesTheYearsOfCitationsForPublicationsNotHistory() {
		String text = "Soviet tanks entered Budapest in November 1956. (Charles Gati, (2006). Failed Illusions: "
				+ "Moscow, Washington, Budapest and the 1956 Hungarian Revolt. Stanford University Press.)";
		assertThat(dates(text, false)).extracting(DateMention::text, DateMention::publication)
			.containsExactly(tuple("November 1956", false), tuple("2006", true), tuple("1956", true));
	}

	@Test
	void takesTheYearInATitleOfAWorkForAPublication() {
		assertThat(dates("Smith's Moscow 1956 is a fine book about 1956.", false))
			.extracting(DateMention::text, DateMention::publication)
			.containsExactly(tuple("1956", true), tuple("1956", false));
	}

	@Test
	void takesEveryDateOfAWorksCitedEntryForAPublication() {
		assertThat(dates("Gati, Charles. Failed Illusions. 2006.", true)).extracting(DateMention::publication)
			.containsOnly(true);
		assertThat(dates("Gati, Charles. Failed Illusions. 2006.", true).get(0).facetValues()).isEmpty();
	}

}
