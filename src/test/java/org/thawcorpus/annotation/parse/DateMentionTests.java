package org.thawcorpus.annotation.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The years a date or period counts for, on the timeline and in the search facet alike.
 */
class DateMentionTests {

	@Test
	void aYearOrAShortPeriodCountsForEveryYearItCovers() {
		assertThat(mention(1956, 1956).yearsCovered()).containsExactly(1956);
		assertThat(mention(1917, 1953).yearsCovered()).hasSize(37).startsWith(1917, 1918).endsWith(1953);
	}

	@Test
	void aPeriodLongerThanTheLongestSpreadCountsForItsEndsOnly() {
		assertThat(mention(1900, 1900 + DateMention.LONGEST_SPREAD).yearsCovered()).hasSize(51);
		assertThat(mention(1850, 1950).yearsCovered()).containsExactly(1850, 1950);
	}

	private static DateMention mention(int from, int to) {
		return new DateMention(0, 9, "a period", from, to, from + "/" + to);
	}

}
