package org.thawcorpus.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingTest {

	@Test
	void countsEditsWithASwapAsOne() {
		assertThat(Spelling.distance("khrushchev", "khrushchov")).isEqualTo(1);
		assertThat(Spelling.distance("kruschev", "khrushchev")).isEqualTo(2);
		assertThat(Spelling.distance("stalin", "stailn")).isEqualTo(1);
		assertThat(Spelling.distance("beria", "berlin")).isEqualTo(2);
	}

	@Test
	void allowsMoreEditsForLongerWordsAndKeepsTheFirstLetter() {
		assertThat(QueryNode.Fuzzy.maxEdits("Tito")).isZero();
		assertThat(QueryNode.Fuzzy.maxEdits("Beria")).isEqualTo(1);
		assertThat(QueryNode.Fuzzy.maxEdits("Kruschev")).isEqualTo(1);
		assertThat(QueryNode.Fuzzy.maxEdits("Krushchov")).isEqualTo(2);
		assertThat(Spelling.near("beria", "berlin", QueryNode.Fuzzy.maxEdits("beria"))).isFalse();
		assertThat(Spelling.near("beria", "begin", QueryNode.Fuzzy.maxEdits("beria"))).isFalse();
		assertThat(Spelling.near("stalinn", "stalin", QueryNode.Fuzzy.maxEdits("stalinn"))).isTrue();
		assertThat(Spelling.near("stalinn", "stating", QueryNode.Fuzzy.maxEdits("stalinn"))).isFalse();
		assertThat(Spelling.near("khrushchev", "chrushchev", 2)).isFalse();
	}

}
