package org.thawcorpus.source.book;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The line of a reader's own shelves under a review, told from a line of the review. */
class ReviewShelvesTest {

	@Test
	void readsShelvesNamedInLowerCaseWithHyphensDigitsAndUnderscores() {
		assertThat(ReviewShelves.read("2024 historical-fiction soviet-union")).containsExactly("2024",
				"historical-fiction", "soviet-union");
		assertThat(ReviewShelves.read("favorites")).containsExactly("favorites");
		assertThat(ReviewShelves.read("00s_re-reads e-3")).containsExactly("00s_re-reads", "e-3");
		assertThat(ReviewShelves.read("любимое история")).containsExactly("любимое", "история");
	}

	@Test
	void takesNoSentenceForShelves() {
		assertThat(ReviewShelves.read("still just as good")).isNull();
		assertThat(ReviewShelves.read("she was the reason i read it")).isNull();
		assertThat(ReviewShelves.read("Brilliant.")).isNull();
		assertThat(ReviewShelves.read("Paul Weiss")).isNull();
		assertThat(ReviewShelves.read("nature horror (mostly)")).isNull();
		assertThat(ReviewShelves.read("5/5")).isNull();
		assertThat(ReviewShelves.read("---")).isNull();
		assertThat(ReviewShelves.read("")).isNull();
	}

}
