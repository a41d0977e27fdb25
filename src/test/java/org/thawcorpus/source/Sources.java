package org.thawcorpus.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the seed files and the test fixtures, and checks that a parse accounts for every
 * line.
 */
public final class Sources {

	public static final String ARTICLE_SEED = "000_cf6c488935fe36eb.txt";

	public static final String BLOG_SEED = "001_36527dddacbc64c7.txt";

	public static final String BOOK_SEED = "002_12126d8ba7d39fd3.txt";

	private Sources() {
	}

	/** A seed file, read from {@code seeds/} in the project directory. */
	public static SourceLines seed(String name) {
		try {
			return SourceLines.of(Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fixture under {@code src/test/resources/fixtures/}, such as "blog/bare.txt". */
	public static SourceLines fixture(String path) {
		try (InputStream in = Sources.class.getResourceAsStream("/fixtures/" + path)) {
			assertThat(in).as("fixture %s", path).isNotNull();
			return SourceLines.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Asserts one use per line, none unaccounted, and no non-blank line left blank. */
	public static void assertEveryLineAccounted(SourceLines lines, ParsedDocument document) {
		assertThat(document.lines()).hasSize(lines.count());
		assertThat(document.unaccounted()).isEmpty();
		for (int n = 1; n <= lines.count(); n++) {
			LineUse use = document.lines().get(n - 1);
			assertThat(use.line()).isEqualTo(n);
			assertThat(use.role() == LineRole.BLANK).as("line %d blank", use.line())
				.isEqualTo(lines.isBlank(use.line()));
		}
	}

	public static LineUse use(ParsedDocument document, int line) {
		return document.lines().get(line - 1);
	}

}
