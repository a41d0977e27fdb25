package org.thawcorpus.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's title key and sort key: the title's start, of a length any index holds.
 */
class TitleKeysTest {

	@Test
	void keysAreCutBeforeAPairOfSurrogatesNeverWithinIt() {
		String title = "a".repeat(Document.SORT_KEY_LENGTH - 1) + "\uD835\uDD04" + "tail";
		assertThat(Document.titleSort(title)).isEqualTo("a".repeat(Document.SORT_KEY_LENGTH - 1));
		assertThat(Document.titleKey("ß".repeat(1000))).isEqualTo("S".repeat(Document.SORT_KEY_LENGTH));
	}

}
