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

	@Test
	void aDecadeOrACenturyCountsAsOnePeriodInTheFacetAndAPublicationForNothing() {
		DateMention decade = new DateMention(0, 9, "the 1980s", 1980, 1989, "1980/1989", true);
		assertThat(decade.facetValues()).containsExactly("1980/1989");
		assertThat(mention(1953, 1955).facetValues()).containsExactly("1953", "1954", "1955");
		assertThat(mention(1990, 1990).asPublication().facetValues()).isEmpty();
	}

	private static DateMention mention(int from, int to) {
		return new DateMention(0, 9, "a range", from, to, from + "/" + to, false);
	}

}
