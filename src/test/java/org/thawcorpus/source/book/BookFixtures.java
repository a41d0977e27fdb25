package org.thawcorpus.source.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.SourceNote;
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

	/**
	 * A page's notes but the one saying its title was taken from its first line, which
	 * the small pages of the tests, a title and a detail or two, all get.
	 */
	static List<SourceNote> notesBesidesTheTitle(ParsedDocument page) {
		return page.notes().stream().filter((note) -> note.kind() != NoteKind.TITLE_FROM_FIRST_LINE).toList();
	}

	static ParsedDocument parse(String name) {
		return new BookPageKind().read(lines(name));
	}

	static ParsedDocument parseText(String text) {
		return new BookPageKind().read(SourceLines.of(text));
	}

}
