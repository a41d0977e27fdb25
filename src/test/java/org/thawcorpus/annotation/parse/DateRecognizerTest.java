package org.thawcorpus.annotation.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DateRecognizerTest {

	private static DateMention only(String text) {
		List<DateMention> found = DateRecognizer.find(text);
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	@Test
	void readsAFullDateMonthFirstOrDayFirst() {
		DateMention date = only("the “Secret Speech” of February 25, 1956, shattered the myth");
		assertThat(date.text()).isEqualTo("February 25, 1956");
		assertThat(date.normalized()).isEqualTo("1956-02-25");
		assertThat(date.fromYear()).isEqualTo(1956);
		assertThat(date.toYear()).isEqualTo(1956);
		assertThat(only("on 25 February 1956").normalized()).isEqualTo("1956-02-25");
		assertThat(only("on the 25th of Feb. 1956").normalized()).isEqualTo("1956-02-25");
		assertThat(only("dated 1956-02-25.").normalized()).isEqualTo("1956-02-25");
	}

	@Test
	void readsAMonthWithItsYear() {
		DateMention date = only("after the death of Joseph Stalin in March 1953.");
		assertThat(date.text()).isEqualTo("March 1953");
		assertThat(date.normalized()).isEqualTo("1953-03");
		assertThat(only("By October 1956, the commissions").normalized()).isEqualTo("1956-10");
	}

	@Test
	void readsARangeOfMonths() {
		DateMention date = only("came in October–November 1956.");
		assertThat(date.text()).isEqualTo("October–November 1956");
		assertThat(date.normalized()).isEqualTo("1956-10/1956-11");
		assertThat(date.fromYear()).isEqualTo(1956);
		assertThat(date.toYear()).isEqualTo(1956);
	}

	@Test
	void readsRangesOfYears() {
		assertThat(only("This time period from 1953 until 1964 was known"))
			.extracting(DateMention::text, DateMention::normalized, DateMention::fromYear, DateMention::toYear)
			.containsExactly("1953 until 1964", "1953/1964", 1953, 1964);
		assertThat(only("Stalinism in Poland, 1944-1956, ed."))
			.extracting(DateMention::normalized, DateMention::fromYear, DateMention::toYear)
			.containsExactly("1944/1956", 1944, 1956);
		assertThat(only("arrests between 1937 and 1953.")).extracting(DateMention::text, DateMention::normalized)
			.containsExactly("1937 and 1953", "1937/1953");
		assertThat(only("the season 1955–56")).extracting(DateMention::normalized).isEqualTo("1955/1956");
		assertThat(DateRecognizer.find("in 1937 and 1953")).extracting(DateMention::normalized)
			.containsExactly("1937", "1953");
	}

	@Test
	void readsDecadesAndTheirParts() {
		assertThat(only("until the 1980s that Soviet citizens"))
			.extracting(DateMention::text, DateMention::normalized, DateMention::fromYear, DateMention::toYear)
			.containsExactly("1980s", "1980/1989", 1980, 1989);
		assertThat(only("in the late 1940’s, the party leader").normalized()).isEqualTo("1947/1949");
		assertThat(only("a purge in the earlier 1950’s.").normalized()).isEqualTo("1950/1953");
		assertThat(only("the mid-1950s").normalized()).isEqualTo("1954/1956");
		assertThat(only("the '60s").normalized()).isEqualTo("1960/1969");
		assertThat(only("the period from the early 1950s to the early 1960s when"))
			.extracting(DateMention::text, DateMention::normalized, DateMention::fromYear, DateMention::toYear)
			.containsExactly("early 1950s to the early 1960s", "1950/1963", 1950, 1963);
	}

	@Test
	void readsPartsOfAYear() {
		assertThat(only("which was published in late 1956."))
			.extracting(DateMention::text, DateMention::normalized, DateMention::fromYear, DateMention::toYear)
			.containsExactly("late 1956", "1956-09/1956-12", 1956, 1956);
		assertThat(only("early 1956").normalized()).isEqualTo("1956-01/1956-04");
	}

	@Test
	void readsBareYearsWithTheirOffsets() {
		String text = "Khrushchev's 1954 visit to Beijing, his 1955 visit to Belgrade";
		assertThat(DateRecognizer.find(text)).extracting(DateMention::start, DateMention::end, DateMention::normalized)
			.containsExactly(tuple(13, 17, "1954"), tuple(40, 44, "1955"));
		assertThat(only("Polish and Hungarian Revolutions of 1956Edit").normalized()).isEqualTo("1956");
		assertThat(only("In 1956 students protested").normalized()).isEqualTo("1956");
	}

	@Test
	void takesNoCountPageIsbnOrOrdinalForADate() {
		assertThat(DateRecognizer.find("the commissions reviewed 81,027 political cases and 50,945 were liberated"))
			.isEmpty();
		assertThat(DateRecognizer.find("400 pages, Hardcover")).isEmpty();
		assertThat(DateRecognizer.find("Free Press, ISBN 0-02-922401-2) and ISBN 0-8047-5606-6")).isEmpty();
		assertThat(DateRecognizer.find("ISBN 1-1956-2003-X")).isEmpty();
		assertThat(DateRecognizer.find("at the 20th Congress of the Communist Party")).isEmpty();
		assertThat(DateRecognizer.find("see pp. 1953-1960 and p. 1956")).isEmpty();
		assertThat(DateRecognizer.find("some 1500 prisoners and 1,956 others; 1956.5 and 1956%")).isEmpty();
		assertThat(DateRecognizer.find("Over 6,000 citizens, 4 books5 followers, 2,520 reviews705 followers"))
			.isEmpty();
		assertThat(DateRecognizer.find("a demonstration in Budapest on October 23")).isEmpty();
	}

	@Test
	void readsDecadesAndCenturiesAsPeriodsAndYearsAsNone() {
		assertThat(only("in the 1980s glasnost came")).extracting(DateMention::normalized, DateMention::period)
			.containsExactly("1980/1989", true);
		assertThat(only("in the early 1950s")).extracting(DateMention::normalized, DateMention::period)
			.containsExactly("1950/1953", true);
		assertThat(only("the 19th century saw")).extracting(DateMention::normalized, DateMention::period)
			.containsExactly("1800/1899", true);
		assertThat(only("a nineteenth-century novel")).extracting(DateMention::normalized).isEqualTo("1800/1899");
		assertThat(only("in the early twentieth century")).extracting(DateMention::normalized).isEqualTo("1900/1932");
		assertThat(only("from the early 1950s to the early 1960s"))
			.extracting(DateMention::normalized, DateMention::period)
			.containsExactly("1950/1963", true);
		assertThat(only("in March 1956")).extracting(DateMention::period).isEqualTo(false);
		assertThat(only("from 1953 until 1964")).extracting(DateMention::period).isEqualTo(false);
		assertThat(DateRecognizer.find("the 20th Congress, a 21st birthday")).isEmpty();
	}

	@Test
	void aLineOfTwentyThousandYearsAndDashesIsReadInMomentsAndIsNoDate() {
		String codes = "1953\u2013".repeat(20_000);
		long started = System.nanoTime();
		List<DateMention> found = DateRecognizer.find(codes);
		assertThat(found).isEmpty();
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
	}

	@Test
	void theWordsOfADateStandAFewSpacesApartAtMost() {
		assertThat(only("in May   1956 it thawed").text()).isEqualTo("May   1956");
		assertThat(DateRecognizer.find("in May" + " ".repeat(3_000) + "1956 it thawed")).extracting(DateMention::text)
			.containsExactly("1956");
	}

}
