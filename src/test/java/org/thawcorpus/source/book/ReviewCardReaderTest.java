package org.thawcorpus.source.book;

import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The star labels and the shelf field of a review card. */
class ReviewCardReaderTest {

	@Test
	void readsStarsFromLabelsInAnyWordingButNotAnAverageOrAPrompt() {
		assertThat(ReviewCardReader.stars("Rating 4 out of 5")).isEqualTo(4);
		assertThat(ReviewCardReader.stars("Note : 2 sur 5")).isEqualTo(2);
		assertThat(ReviewCardReader.stars("it was amazing")).isEqualTo(5);
		assertThat(ReviewCardReader.stars("Rating 4.34 out of 5")).isNull();
		assertThat(ReviewCardReader.stars("Rating 0 out of 5")).isNull();
		assertThat(ReviewCardReader.stars("Author badge")).isNull();
	}

	@Test
	void joinsTheStatusAndTheShelvesAsManyWholeNamesAsFit() {
		assertThat(ReviewCardReader.shelf("Read", new LinkedHashSet<>(List.of("horror", "weird-fiction"))))
			.isEqualTo("Read, horror, weird-fiction");
		assertThat(ReviewCardReader.shelf(null, new LinkedHashSet<>())).isNull();
		String long1 = "a".repeat(60);
		String long2 = "b".repeat(60);
		assertThat(ReviewCardReader.shelf(null, new LinkedHashSet<>(List.of(long1, long2, "c")))).isEqualTo(long1);
	}

}
