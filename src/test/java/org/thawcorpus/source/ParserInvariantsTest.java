package org.thawcorpus.source;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.text.TextFolding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every parser against every seed and fixture keeps the rules of {@link Invariants},
 * gives the same result when it parses the same text again, and accounts for every
 * non-blank line of the seeds.
 */
class ParserInvariantsTest {

	static Stream<Arguments> everyParserOnEverySource() {
		return AllSources.all()
			.stream()
			.flatMap((
					path) -> AllSources.PARSERS.keySet().stream().sorted().map((parser) -> Arguments.of(path, parser)));
	}

	@ParameterizedTest(name = "{1} parser on {0}")
	@MethodSource("everyParserOnEverySource")
	void keepsEveryInvariant(Path path, String parser) {
		SourceLines lines = AllSources.read(path);
		ParsedDocument document = AllSources.PARSERS.get(parser).apply(lines);
		Invariants.check(lines, document, parser + " on " + path);
	}

	@ParameterizedTest(name = "{1} parser on {0}")
	@MethodSource("everyParserOnEverySource")
	void givesTheSameResultForTheSameText(Path path, String parser) {
		SourceLines lines = AllSources.read(path);
		Function<SourceLines, ParsedDocument> sourceParser = AllSources.PARSERS.get(parser);
		ParsedDocument first = sourceParser.apply(lines);
		ParsedDocument again = sourceParser.apply(AllSources.read(path));
		assertThat(again).isEqualTo(first);
	}

	static Stream<Arguments> everyPageReaderOnEveryPage() {
		return AllSources.pages()
			.stream()
			.flatMap((path) -> AllSources.PAGE_READERS.keySet()
				.stream()
				.sorted()
				.map((reader) -> Arguments.of(path, reader)));
	}

	@ParameterizedTest(name = "{1} reader on {0}")
	@MethodSource("everyPageReaderOnEveryPage")
	void keepsEveryInvariantOnSavedPages(Path path, String reader) {
		HtmlPage page = AllSources.page(path);
		ParsedDocument document = AllSources.PAGE_READERS.get(reader).apply(page);
		assertThat(document.lines()).as("one use per block").hasSize(page.blocks().size());
		Invariants.check(page.lines(), document, reader + " on " + path);
		assertThat(AllSources.PAGE_READERS.get(reader).apply(AllSources.page(path))).isEqualTo(document);
	}

	static Stream<Path> seeds() {
		return AllSources.seeds().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void accountsForEveryNonBlankLineOfTheSeeds(Path seed) {
		SourceLines lines = AllSources.read(seed);
		ParsedDocument document = SourceKinds.parse(lines);
		assertThat(document.unaccounted()).as("unaccounted lines of %s", seed).isEmpty();
		assertThat(document.lines().stream().filter((use) -> !lines.isBlank(use.line())).count())
			.isEqualTo(lines.all().stream().filter((line) -> !TextFolding.fold(line).isBlank()).count());
	}

}
