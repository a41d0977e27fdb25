package org.thawcorpus.annotation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KwicTest {

	@Test
	void cutsTheContextAtWordsAndMarksWhereThePassageGoesOn() {
		String text = "The Thaw became possible after the death of Joseph Stalin in March 1953. Khrushchev denounced Stalin.";
		int start = text.indexOf("Joseph Stalin");
		Kwic kwic = Kwic.of(text, start, start + "Joseph Stalin".length(), 20);
		assertThat(kwic.mention()).isEqualTo("Joseph Stalin");
		assertThat(kwic.before()).isEqualTo("…after the death of ");
		assertThat(kwic.after()).isEqualTo(" in March 1953.…");
	}

	@Test
	void keepsAShortPassageWhole() {
		Kwic kwic = Kwic.of("In 1956\nall changed.", 3, 7, 80);
		assertThat(kwic.before()).isEqualTo("In ");
		assertThat(kwic.mention()).isEqualTo("1956");
		assertThat(kwic.after()).isEqualTo(" all changed.");
	}

}
