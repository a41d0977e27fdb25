package org.thawcorpus.annotation.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsTest {

	@Test
	void namesDecadesCenturiesAndTheirThirdsAsAReaderDoes() {
		assertThat(Periods.label(1950, 1959)).isEqualTo("1950s");
		assertThat(Periods.label(1950, 1953)).isEqualTo("early 1950s");
		assertThat(Periods.label(1954, 1956)).isEqualTo("mid 1950s");
		assertThat(Periods.label(1957, 1959)).isEqualTo("late 1950s");
		assertThat(Periods.label(1800, 1899)).isEqualTo("19th century");
		assertThat(Periods.label(1900, 1932)).isEqualTo("early 20th century");
		assertThat(Periods.label(2000, 2099)).isEqualTo("21st century");
		assertThat(Periods.label(1950, 1963)).isEqualTo("1950–1963");
	}

	@Test
	void givesTheYearsOfAKeyOnlyWhereItsLabelDoesNot() {
		assertThat(Periods.labelWithYears("1980/1989")).isEqualTo("1980s (1980–1989)");
		assertThat(Periods.labelWithYears("1950/1963")).isEqualTo("1950–1963");
		assertThat(Periods.isKey("1980/1989")).isTrue();
		assertThat(Periods.isKey("1989/1980")).isFalse();
		assertThat(Periods.isKey("1956")).isFalse();
	}

}
