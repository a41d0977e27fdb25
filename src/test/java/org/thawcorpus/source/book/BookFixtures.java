package org.thawcorpus.source.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.html.HtmlPage;

/**
 * Reads the book page fixtures under {@code src/test/resources/fixtures/book}, text
 * copies and saved pages ({@code html/}).
 */
final class BookFixtures {

	private BookFixtures() {
	}

	static SourceLines lines(String name) {
		try {
			return SourceLines
				.of(Files.readString(Path.of("src/test/resources/fixtures/book", name), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A saved page under {@code html/}, parsed. */
	static HtmlPage html(String name) {
		try {
			return HtmlPage.parse(
					Files.readString(Path.of("src/test/resources/fixtures/book/html", name), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ParsedDocument parse(String name) {
		return new BookPageKind().read(lines(name));
	}

	static ParsedDocument parseText(String text) {
		return new BookPageKind().read(SourceLines.of(text));
	}

}
