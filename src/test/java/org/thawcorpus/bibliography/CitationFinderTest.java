package org.thawcorpus.bibliography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CitationFinderTest {

	private static List<String> seedLines() throws IOException {
		return Files.readAllLines(Path.of("seeds", "000_cf6c488935fe36eb.txt"), StandardCharsets.UTF_8);
	}

	@Test
	void tenThousandNestedBracketsAreScannedWithoutExhaustingTheStack() throws Exception {
		String citation = "(Smith, John (1998). A Title. Oxford University Press.)";
		String text = "Deep " + "(".repeat(10_000) + citation + ")".repeat(10_000) + " end.";
		AtomicReference<Object> result = new AtomicReference<>();
		// A small stack, so that a recursive walk would fail however the JVM is set up.
		Thread thread = new Thread(null, () -> {
			try {
				result.set(CitationFinder.scan(text));
			}
			catch (Throwable ex) {
				result.set(ex);
			}
		}, "scan", 256 * 1024);
		thread.start();
		thread.join();
		assertThat(result.get()).isInstanceOf(CitationScan.class);
		assertThat(((CitationScan) result.get()).citations()).extracting(FoundCitation::raw).contains(citation);
	}

	@Test
	void findsACitationInParenthesesWithItsOffsets() {
		String text = "It was relaxed (Smith, John (1998). A Title. Oxford University Press.) for a while.";
		CitationScan scan = CitationFinder.scan(text);
		assertThat(scan.citations()).singleElement().satisfies((c) -> {
			assertThat(c.start()).isEqualTo(15);
			assertThat(c.end()).isEqualTo(70);
			assertThat(c.raw()).isEqualTo("(Smith, John (1998). A Title. Oxford University Press.)");
			assertThat(c.opener()).isEqualTo('(');
			assertThat(c.closer()).isEqualTo(')');
			assertThat(c.data()).isNotNull();
		});
		assertThat(scan.strays()).isEmpty();
	}

	@Test
	void findsACitationOpenedWithABraceAndClosedWithAParenthesis() {
		String text = "Rallies followed. {Doe, Jane (1990), A History, p. 12. Free Press, ISBN 0-02-922401-2) and more.";
		CitationScan scan = CitationFinder.scan(text);
		assertThat(scan.citations()).singleElement().satisfies((c) -> {
			assertThat(c.raw()).startsWith("{Doe").endsWith("922401-2)");
			assertThat(c.opener()).isEqualTo('{');
			assertThat(c.closer()).isEqualTo(')');
			assertThat(c.bracketsMatch()).isFalse();
		});
		assertThat(scan.strays()).isEmpty();
	}

	@Test
	void findsCitationsInSquareBrackets() {
		assertThat(CitationFinder.scan("Hosts were trained [Hall, Peter (2001). Hosts. Routledge Books, p. 3].")
			.citations()).extracting(FoundCitation::opener, FoundCitation::closer).containsExactly(tuple('[', ']'));
	}

	@ParameterizedTest
	@ValueSource(strings = { "It began (in 1956) quietly.",
			"The novel The Thaw (\"\u041e\u0442\u0442\u0435\u043f\u0435\u043b\u044c\") appeared.",
			"Belgrade (with whom relations had soured since the split in 1948) was visited.",
			"Kyiv (Ukrainian: \u041a\u0438\u0457\u0432; IPA: [\u02c8k\u0268j\u026au\u032f]) is a city.",
			"His editor (born 1910 in Smolensk) returned.", "Meetings were held (Hungary, 1956) across the bloc.",
			"This was disputed.[citation needed]", "The term (tr. Ottepel) spread.", "A footnote marker.[12]" })
	void findsNoCitationInAsidesGlossesQuotesOrYears(String text) {
		assertThat(CitationFinder.scan(text).citations()).isEmpty();
	}

	@Test
	void reportsAClosingBracketWithNoOpener() {
		String text = "at the Congress, ] then ousted";
		assertThat(CitationFinder.scan(text).strays()).containsExactly(new StrayBracket(17, ']'));
	}

	@Test
	void reportsAnOpeningBracketThatIsNeverClosed() {
		String text = "Some farms were abandoned ( see the report.";
		CitationScan scan = CitationFinder.scan(text);
		assertThat(scan.citations()).isEmpty();
		assertThat(scan.strays()).containsExactly(new StrayBracket(26, '('));
	}

	@Test
	void takesAnUnclosedBibliographicSpanToTheEndOfThePassage() {
		String text = "Letters survive (Lebedev, Ilya (2013). Letters. Harwick University Press, ISBN 978-0-674-02851-7  ";
		CitationScan scan = CitationFinder.scan(text);
		assertThat(scan.citations()).singleElement().satisfies((c) -> {
			assertThat(c.start()).isEqualTo(16);
			assertThat(c.end()).isEqualTo(text.stripTrailing().length());
			assertThat(c.closer()).isEqualTo((char) 0);
		});
		assertThat(scan.strays()).isEmpty();
	}

	@Test
	void treatsAnOddClosingBracketInsideAPairAsAStray() {
		CitationScan scan = CitationFinder.scan("An aside (with a ] inside it) ends.");
		assertThat(scan.strays()).containsExactly(new StrayBracket(17, ']'));
		assertThat(scan.citations()).isEmpty();
	}

	@Test
	void treatsAnOpenerLeftInsideAClosedPairAsAStray() {
		CitationScan scan = CitationFinder.scan("An aside (with [ an opener) ends.");
		assertThat(scan.strays()).containsExactly(new StrayBracket(15, '['));
	}

	@Test
	void findsTheCitationInsideAnAsideRatherThanTheAside() {
		String text = "Restored later (as one critic put it, \"without enthusiasm (Petrov 1999, p. 14)\").";
		assertThat(CitationFinder.scan(text).citations()).extracting(FoundCitation::raw)
			.containsExactly("(Petrov 1999, p. 14)");
	}

	@Test
	void takesAnAuthorDateListWithPagesForACitation() {
		assertThat(CitationFinder.scan("A reference point (see Keller 2009, p. 201; Hall 2001, p. 77).").citations())
			.hasSize(1);
	}

	@Test
	void findsTheFourCitationsOfTheArticleSeed() throws IOException {
		List<String> lines = seedLines();
		assertThat(CitationFinder.scan(lines.get(4)).citations())
			.extracting(FoundCitation::start, FoundCitation::end, FoundCitation::opener, FoundCitation::closer)
			.containsExactly(tuple(553, 703, '{', ')'), tuple(785, 906, '(', ')'));
		assertThat(CitationFinder.scan(lines.get(10)).citations())
			.extracting(FoundCitation::start, FoundCitation::end, FoundCitation::opener, FoundCitation::closer)
			.containsExactly(tuple(440, 587, '(', ')'));
		assertThat(CitationFinder.scan(lines.get(12)).citations())
			.extracting(FoundCitation::start, FoundCitation::end, FoundCitation::opener, FoundCitation::closer)
			.containsExactly(tuple(325, 443, '(', ')'));
	}

	@Test
	void findsNothingButTheStrayBracketInTheSeedsAsides() throws IOException {
		List<String> lines = seedLines();
		assertThat(CitationFinder.scan(lines.get(0)).citations()).isEmpty();
		assertThat(CitationFinder.scan(lines.get(0)).strays()).isEmpty();
		CitationScan second = CitationFinder.scan(lines.get(2));
		assertThat(second.citations()).isEmpty();
		assertThat(second.strays()).singleElement()
			.satisfies((stray) -> assertThat(lines.get(2).charAt(stray.offset())).isEqualTo(']'));
	}

	@Test
	void doesNotModifyOrRequireBrackets() {
		assertThat(CitationFinder.scan("").citations()).isEmpty();
		assertThat(CitationFinder.scan("No brackets at all.").strays()).isEmpty();
	}

	@Test
	void aBracketLongerThanACitationIsStoredIsNoCitationButWhatItHoldsMayBe() {
		String inner = "(Smith, John (1998). A Title. Oxford University Press.)";
		String text = "As said (Smith, John. " + "word ".repeat(2_500) + inner + " Oxford University Press, 1998.)";
		CitationScan scan = CitationFinder.scan(text);
		assertThat(scan.citations()).extracting(FoundCitation::raw).containsExactly(inner);
		assertThat(scan.citations())
			.allSatisfy((c) -> assertThat(c.raw()).hasSizeLessThanOrEqualTo(FoundCitation.MAX_LENGTH));
	}

	@Test
	void aHundredThousandUnclosedBracketsAreScannedInMoments() {
		long started = System.nanoTime();
		CitationScan scan = CitationFinder.scan("Open " + "(".repeat(100_000));
		assertThat(scan.citations()).isEmpty();
		assertThat(scan.strays()).hasSize(100_000);
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
	}

}
