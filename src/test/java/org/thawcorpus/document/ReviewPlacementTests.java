package org.thawcorpus.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which page a link to a review's passage lands on. */
class ReviewPlacementTests {

	@Test
	void passagesOfNoReviewAndTheFirstReviewsAreReadOnTheReadingView() {
		assertThat(ReviewPlacement.listPage(null)).isNull();
		assertThat(ReviewPlacement.listPage(0)).isNull();
		assertThat(ReviewPlacement.listPage(ReviewPlacement.ON_READING_VIEW - 1)).isNull();
	}

	@Test
	void laterReviewsAreReadOnThePageOfTheListThatHoldsThem() {
		assertThat(ReviewPlacement.listPage(ReviewPlacement.ON_READING_VIEW)).isEqualTo(1);
		assertThat(ReviewPlacement.listPage(ReviewPlacement.PER_PAGE - 1)).isEqualTo(1);
		assertThat(ReviewPlacement.listPage(ReviewPlacement.PER_PAGE)).isEqualTo(2);
		assertThat(ReviewPlacement.listPage(2 * ReviewPlacement.PER_PAGE + 5)).isEqualTo(3);
	}

}
