package org.thawcorpus.citation.export;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateTests {

	@Test
	void readsAYearAMonthOrADay() {
		assertThat(PartialDate.parse("2018").parts()).containsExactly(2018);
		assertThat(PartialDate.parse("2018-07").parts()).containsExactly(2018, 7);
		assertThat(PartialDate.parse("2018-07-29").parts()).containsExactly(2018, 7, 29);
	}

	@Test
	void refusesWhatIsNoRealDate() {
		assertThat(PartialDate.parse("2018-02-30")).isNull();
		assertThat(PartialDate.parse("2018-13")).isNull();
		assertThat(PartialDate.parse("July 2018")).isNull();
		assertThat(PartialDate.parse(null)).isNull();
	}

	@Test
	void writesIsoAsFarAsKnown() {
		assertThat(PartialDate.of(LocalDate.of(2018, 7, 29)).iso()).isEqualTo("2018-07-29");
		assertThat(PartialDate.ofYear(1990).iso()).isEqualTo("1990");
	}

}
