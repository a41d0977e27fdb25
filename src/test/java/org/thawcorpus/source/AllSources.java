package org.thawcorpus.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.thawcorpus.source.html.HtmlKind;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

/**
 * Every seed and every fixture, and every parser, for tests that hold over all of them.
 */
final class AllSources {

	/**
	 * The parsers by name: each registered kind's own, and the detector that picks one.
	 */
	static final Map<String, Function<SourceLines, ParsedDocument>> PARSERS = parsers();

	/**
	 * The readers of saved pages by name: each registered kind's markup reader, and the
	 * detection that picks one.
	 */
	static final Map<String, Function<HtmlPage, ParsedDocument>> PAGE_READERS = pageReaders();

	private AllSources() {
	}

	private static Map<String, Function<HtmlPage, ParsedDocument>> pageReaders() {
		Map<String, Function<HtmlPage, ParsedDocument>> readers = new LinkedHashMap<>();
		readers.put("detected", HtmlKinds::parse);
		for (SourceKind kind : SourceKinds.all()) {
			if (kind instanceof HtmlKind html) {
				readers.put(kind.kind().code().toLowerCase(Locale.ROOT), html::read);
			}
		}
		return readers;
	}

	/** The saved-page fixtures' paths. */
	static List<Path> pages() {
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A saved-page fixture, parsed; pages that are not UTF-8 are read as Windows-1252.
	 */
	static HtmlPage page(Path path) {
		try {
			byte[] bytes = Files.readAllBytes(path);
			String text = new String(bytes, StandardCharsets.UTF_8);
			if (text.contains("\ufffd")) {
				text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
			}
			return HtmlPage.parse(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Function<SourceLines, ParsedDocument>> parsers() {
		Map<String, Function<SourceLines, ParsedDocument>> parsers = new LinkedHashMap<>();
		parsers.put("detected", SourceKinds::parse);
		for (SourceKind kind : SourceKinds.all()) {
			parsers.put(kind.kind().code().toLowerCase(Locale.ROOT), kind::read);
		}
		return parsers;
	}

	/** The seeds' paths, relative to the project directory. */
	static List<Path> seeds() {
		return list(Path.of("seeds"));
	}

	/** The seeds' and the fixtures' paths. */
	static List<Path> all() {
		return Stream.concat(seeds().stream(), list(Path.of("src/test/resources/fixtures")).stream()).toList();
	}

	static SourceLines read(Path path) {
		try {
			return SourceLines.of(Files.readString(path, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> list(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((p) -> p.toString().endsWith(".txt")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
