package org.thawcorpus.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.thawcorpus.annotation.parse.DateRecognizer;
import org.thawcorpus.annotation.parse.EntityRecognizer;
import org.thawcorpus.annotation.parse.Register;
import org.thawcorpus.source.html.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources built to exhaust a recursive reader or a regular expression that recurses:
 * brackets nested thousands deep, lines of 100,000 repeated characters, citations of
 * thousands of initials or names, a 10,000-line paragraph, HTML nested 100,000 deep.
 * Every kind's reader, and the recognisers that annotate what they read, take each of
 * them on a thread with a 256 kB stack, however large the JVM's own, and keep every
 * invariant.
 */
class DeepInputTest {

	private static final int SMALL_STACK = 256 * 1024;

	private static final int LONG = 100_000;

	private static final EntityRecognizer ENTITIES = new EntityRecognizer(Register.standard());

	static Stream<Arguments> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String[] pair : List.of(new String[] { "(", ")" }, new String[] { "[", "]" }, new String[] { "{", "}" },
				new String[] { "«", "»" }, new String[] { "“", "”" })) {
			texts.put("10,000 nested " + pair[0], "Deep\n\nText " + pair[0].repeat(10_000)
					+ "Smith, John (1998). A Title. Oxford University Press." + pair[1].repeat(10_000) + " ends.\n");
			texts.put("100,000 unclosed " + pair[0], "Open\n\n" + pair[0].repeat(LONG) + "\n");
		}
		for (String repeated : List.of("a", " ", ".", "-", "—", "|", "·", "*", "1", "1953–", "Smith, ", "pp. 1-2, ",
				"May 1956 ", "(a) ", "[1]")) {
			texts.put("a line of \"" + repeated + "\"", "Long\n\n" + repeated.repeat(LONG / repeated.length()) + "\n");
		}
		// What the citation parser reads: brackets with a year, and a works-cited entry.
		for (String words : List.of("A ", "a ", "A. ", "A, ", "Smith, ", "von ")) {
			String run = words.repeat(9_000 / words.length());
			texts.put("a bracket of \"" + words + "\" and a year", "Cited\n\nSee (" + run + "1998, p. 3).\n");
			texts.put("a works-cited entry of \"" + words + "\"",
					"Cited\n\nA paragraph (Smith 1998).\n\nWorks Cited\n\n" + run + "Oxford: Press, 1998.\n");
		}
		texts.put("10,000-line paragraph", "Paragraph\n\n"
				+ "A line in a paragraph without blank lines, 1956 (Smith 1998, p. 3).\n".repeat(10_000));
		return texts.entrySet().stream().map((e) -> Arguments.of(e.getKey(), e.getValue()));
	}

	static Stream<Arguments> pages() {
		Map<String, String> pages = new LinkedHashMap<>();
		for (String tag : List.of("div", "span", "blockquote", "table", "b")) {
			pages.put(tag + " nested 100,000 deep", page(("<" + tag + ">").repeat(LONG)
					+ "Deep text of 1956 (Smith 1998)." + ("</" + tag + ">").repeat(LONG)));
		}
		pages.put("lists nested 20,000 deep, never closed", page("<ul><li>x".repeat(20_000)));
		pages.put("a paragraph of 20,000 line breaks", page("<p>" + "x<br>".repeat(20_000) + "</p>"));
		pages.put("JSON-LD nested 10,000 deep",
				page("<script type=\"application/ld+json\">" + "[".repeat(10_000) + "]".repeat(10_000) + "</script>"));
		return pages.entrySet().stream().map((e) -> Arguments.of(e.getKey(), e.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("texts")
	void everyTextReaderTakesIt(String name, String text) {
		for (Map.Entry<String, Function<SourceLines, ParsedDocument>> parser : AllSources.PARSERS.entrySet()) {
			String what = parser.getKey() + " parser on " + name;
			Object result = onSmallStack(() -> {
				SourceLines lines = SourceLines.of(text);
				ParsedDocument parsed = parser.getValue().apply(lines);
				annotate(parsed);
				Invariants.check(lines, parsed, what);
				return parsed;
			});
			assertThat(result).as(what).isInstanceOf(ParsedDocument.class);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyPageReaderTakesIt(String name, String html) {
		Object page = onSmallStack(() -> HtmlPage.parse(html));
		assertThat(page).as("parsing " + name).isInstanceOf(HtmlPage.class);
		for (Map.Entry<String, Function<HtmlPage, ParsedDocument>> reader : AllSources.PAGE_READERS.entrySet()) {
			String what = reader.getKey() + " reader on " + name;
			Object result = onSmallStack(() -> {
				ParsedDocument parsed = reader.getValue().apply((HtmlPage) page);
				annotate(parsed);
				Invariants.check(((HtmlPage) page).lines(), parsed, what);
				return parsed;
			});
			assertThat(result).as(what).isInstanceOf(ParsedDocument.class);
		}
	}

	private static String page(String body) {
		return "<!DOCTYPE html><html><head><title>Deep</title></head><body><h1>Deep</h1>" + body + "</body></html>";
	}

	private static void annotate(ParsedDocument parsed) {
		for (ParsedSection section : parsed.sections()) {
			for (ParsedPassage passage : section.passages()) {
				ENTITIES.find(passage.text());
				DateRecognizer.find(passage.text());
			}
		}
	}

	/** What the work returned, or what it threw, run on a thread with a small stack. */
	private static Object onSmallStack(Supplier<Object> work) {
		AtomicReference<Object> result = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				result.set(work.get());
			}
			catch (Throwable ex) {
				result.set(ex);
			}
		}, "small-stack", SMALL_STACK);
		thread.start();
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return result.get();
	}

}
