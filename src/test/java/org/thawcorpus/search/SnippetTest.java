package org.thawcorpus.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.search.MatchRanges.Range;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

	private static final String LONG = "word ".repeat(60) + "Khrushchev denounced Stalin " + "word ".repeat(60)
			+ "and Stalin again " + "word ".repeat(60);

	@Test
	void showsAShortTextWholeWithItsMatchesMarked() {
		Snippet snippet = Snippet.of("The Thaw began in 1953.", List.of(new Range(4, 8)));
		assertThat(snippet.lines()).singleElement().satisfies((line) -> {
			assertThat(line.cutBefore()).isFalse();
			assertThat(line.runs()).extracting(Snippet.Run::text).containsExactly("The ", "Thaw", " began in 1953.");
			assertThat(line.runs()).extracting(Snippet.Run::hit).containsExactly(false, true, false);
		});
	}

	@Test
	void cutsALongTextIntoLinesAroundEachMatchAtWordBoundaries() {
		int first = LONG.indexOf("Stalin");
		int second = LONG.lastIndexOf("Stalin");
		Snippet snippet = Snippet.of(LONG, List.of(new Range(first, first + 6), new Range(second, second + 6)));
		assertThat(snippet.lines()).hasSize(2).allSatisfy((line) -> {
			assertThat(line.cutBefore()).isTrue();
			assertThat(line.cutAfter()).isTrue();
			assertThat(line.text()).startsWith("…word").endsWith("word…");
			assertThat(line.text().length()).isLessThan(2 * Snippet.CONTEXT + 30);
		});
		assertThat(snippet.lines().get(0).text()).contains("Khrushchev denounced Stalin");
	}

	@Test
	void givesTheOffsetsOfItsMatchesInItsText() {
		int at = LONG.indexOf("Stalin");
		Snippet snippet = Snippet.of(LONG, List.of(new Range(at, at + 6)));
		Range match = snippet.matches().get(0);
		assertThat(snippet.text().substring(match.start(), match.end())).isEqualTo("Stalin");
	}

	@Test
	void showsTheBeginningOfALongTextWithoutMatches() {
		Snippet snippet = Snippet.of(LONG, List.of());
		assertThat(snippet.lines()).singleElement().satisfies((line) -> {
			assertThat(line.cutBefore()).isFalse();
			assertThat(line.cutAfter()).isTrue();
		});
	}

	@Test
	void locatesMatchesFromHighlightedFragments() {
		String text = "First sentence. The Thaw began; the thaw ended.";
		List<Range> ranges = MatchRanges.locate(text, List.of("The " + MatchRanges.OPEN + "Thaw" + MatchRanges.CLOSE
				+ " began; the " + MatchRanges.OPEN + "thaw" + MatchRanges.CLOSE + " ended."));
		assertThat(ranges).extracting((r) -> text.substring(r.start(), r.end())).containsExactly("Thaw", "thaw");
	}

}
