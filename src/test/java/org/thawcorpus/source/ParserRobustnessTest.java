package org.thawcorpus.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Damaged copies of every seed and fixture: lines deleted, duplicated, blank lines
 * inserted, at random but from a fixed seed, so that a failure can be replayed. Every
 * parser takes every variant without an exception, and keeps every invariant.
 */
class ParserRobustnessTest {

	/** Variants of each source; with the sources present, a few hundred in all. */
	private static final int VARIANTS = 16;

	private static final int MAX_EDITS = 6;

	static Stream<Path> sources() {
		return AllSources.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sources")
	void parsesDamagedCopiesKeepingEveryInvariant(Path path) {
		List<String> original = AllSources.read(path).all();
		for (int variant = 0; variant < VARIANTS; variant++) {
			long seed = path.toString().hashCode() * 31L + variant;
			String text = String.join("\n", damage(original, new Random(seed))) + "\n";
			SourceLines lines = SourceLines.of(text);
			for (Map.Entry<String, Function<SourceLines, ParsedDocument>> parser : AllSources.PARSERS.entrySet()) {
				String what = parser.getKey() + " parser on " + path + " variant " + variant + " (seed " + seed + ")";
				assertThatCode(() -> Invariants.check(lines, parser.getValue().apply(lines), what)).as(what)
					.doesNotThrowAnyException();
			}
		}
	}

	/** A copy of the lines with one to {@link #MAX_EDITS} random edits. */
	static List<String> damage(List<String> original, Random random) {
		List<String> lines = new ArrayList<>(original);
		int edits = 1 + random.nextInt(MAX_EDITS);
		for (int i = 0; i < edits; i++) {
			int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
			switch (random.nextInt(3)) {
				case 0 -> {
					if (!lines.isEmpty()) {
						lines.remove(at);
					}
				}
				case 1 -> {
					if (!lines.isEmpty()) {
						lines.add(at, lines.get(at));
					}
				}
				default -> lines.add(at, "");
			}
		}
		return lines;
	}

}
