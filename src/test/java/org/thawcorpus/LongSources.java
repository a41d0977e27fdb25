package org.thawcorpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Long sources written by the tests, so that no large fixture is committed: each
 * paragraph carries a word of its own ("lemma0042") to search for and to find it by.
 */
public final class LongSources {

	private LongSources() {
	}

	/** The word that only paragraph {@code n} of a long source holds. */
	public static String word(int n) {
		return String.format("lemma%04d", n);
	}

	/** A plain text of numbered paragraphs of some length, with a title line. */
	public static Path plainText(Path dir, String title, int paragraphs, int length) throws IOException {
		StringBuilder text = new StringBuilder(title).append("\n\n");
		for (int n = 1; n <= paragraphs; n++) {
			text.append(paragraph(n, length)).append("\n\n");
		}
		return write(dir.resolve("plain.txt"), text);
	}

	/**
	 * An encyclopedia article of sections ("Part 3Edit") of paragraphs; paragraph 2 of
	 * every section cites a book, and paragraph {@code mentioning} names Khrushchev in
	 * 1961.
	 */
	public static Path article(Path dir, String title, int sections, int perSection, int mentioning)
			throws IOException {
		StringBuilder text = new StringBuilder();
		text.append(title).append(" was a long subject, and this opening paragraph says so at some length.\n\n");
		int n = 0;
		for (int s = 1; s <= sections; s++) {
			text.append("Part ").append(s).append("Edit\n\n");
			for (int p = 1; p <= perSection; p++) {
				n++;
				StringBuilder paragraph = new StringBuilder(paragraph(n, 300));
				if (p == 2) {
					paragraph.append(" (Vera Kostyleva, Light on the Water, Severnaya Zvezda, 1971, p. ")
						.append(s)
						.append(", ISBN 978-5-7331-0418-8).");
				}
				if (n == mentioning) {
					paragraph.append(" Khrushchev spoke here in 1961.");
				}
				text.append(paragraph).append("\n\n");
			}
		}
		return write(dir.resolve("article.txt"), text);
	}

	/**
	 * A blog post with a few paragraphs and many comments: comment 1 opens a thread that
	 * every later comment replies to (indented under it), and comment 2 runs to
	 * {@code longComment} paragraphs.
	 */
	public static Path blog(Path dir, String title, int comments, int longComment) throws IOException {
		StringBuilder text = new StringBuilder(title).append("\n");
		text.append("Posted on May 14, 2020 by Tamara Lindgren\n\n");
		for (int n = 1; n <= 3; n++) {
			text.append(paragraph(n, 200)).append("\n\n");
		}
		text.append(comments).append(" thoughts on \u201C").append(title).append("\u201D\n\n");
		int n = 3;
		for (int c = 1; c <= comments; c++) {
			String indent = (c == 1) ? "" : "    ";
			text.append(indent).append("Reader ").append(c).append(" says:\n");
			text.append(indent).append("May 15, 2020 at 9:12 am\n");
			int paragraphs = (c == 2) ? longComment : 1;
			for (int p = 0; p < paragraphs; p++) {
				text.append(indent).append(paragraph(++n, 120)).append("\n");
			}
			text.append(indent).append("Reply\n");
		}
		return write(dir.resolve("blog.txt"), text);
	}

	/**
	 * A saved wiki page (a test fixture) grown with plain paragraphs in its history, so
	 * that its references come pages after the footnote markers of its opening.
	 */
	public static Path grownWikiPage(Path dir, int paragraphs) throws IOException {
		String page;
		try (InputStream in = LongSources.class
			.getResourceAsStream("/fixtures/article/html/wikipedia-2016-film-club.html")) {
			page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		StringBuilder grown = new StringBuilder();
		for (int n = 1; n <= paragraphs; n++) {
			grown.append("<p>").append(paragraph(n, 200)).append("</p>\n");
		}
		String before = "<h2><span class=\"mw-headline\" id=\"See_also\">";
		if (!page.contains(before)) {
			throw new IllegalStateException("The wiki fixture has changed: no \"See also\" heading");
		}
		return write(dir.resolve("wiki.html"), new StringBuilder(page.replace(before, grown + before)));
	}

	private static String paragraph(int n, int length) {
		StringBuilder text = new StringBuilder("Paragraph ").append(n).append(" holds ").append(word(n)).append('.');
		while (text.length() < length) {
			text.append(" The thaw went on through another long sentence of this paragraph.");
		}
		return text.toString();
	}

	private static Path write(Path file, CharSequence text) throws IOException {
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
