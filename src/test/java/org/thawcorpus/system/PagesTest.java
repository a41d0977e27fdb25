package org.thawcorpus.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Page numbers from parameters, and offsets that always fit a query's {@code int}. */
class PagesTest {

	@Test
	void readsPagesFromOneToTheLast() {
		assertThat(Pages.index(1)).isZero();
		assertThat(Pages.index(Pages.MAX_PAGE)).isEqualTo(999_999);
	}

	@Test
	void refusesPagesBelowOneAndPastTheLastWithASentence() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Pages.index(0))
			.withMessage("The page number must be 1 or more; 0 is not.");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Pages.index(Integer.MAX_VALUE))
			.withMessage("The page number must be from 1 to 1,000,000; 2147483647 is not.");
	}

	@Test
	void theOffsetOfAnyPageOfTheLargestSizeFitsAnInt() {
		assertThat(ApiPaging.MAX_SIZE).isLessThanOrEqualTo(Pages.MAX_SIZE);
		long lastItem = (long) Pages.index(Pages.MAX_PAGE) * Pages.MAX_SIZE + Pages.MAX_SIZE;
		assertThat(lastItem).isLessThanOrEqualTo(Integer.MAX_VALUE);
		assertThat(ApiPaging.request(Pages.MAX_PAGE, ApiPaging.MAX_SIZE).getOffset())
			.isLessThanOrEqualTo(Integer.MAX_VALUE);
	}

}
