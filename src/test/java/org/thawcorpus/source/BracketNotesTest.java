package org.thawcorpus.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.thawcorpus.bibliography.CitationFinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BracketNotesTest {

	@Test
	void notesEachStrayBracketOnItsLine() {
		String text = "A first line ] that closes nothing\nand a second ( that opens for ever";
		List<SourceNote> notes = BracketNotes.of(CitationFinder.scan(text), text, 7);
		assertThat(notes).extracting(SourceNote::line, SourceNote::message)
			.containsExactly(
					tuple(7, "Line 7 has a \"]\" that closes nothing (perhaps the remains of a footnote marker)."),
					tuple(8, "Line 8 has a \"(\" that is never closed."));
	}

	@Test
	void aParagraphOfThousandsOfStrayBracketsGetsAFewNotesAndACount() {
		String text = "Strays\n" + ")".repeat(50_000) + "\n" + "(".repeat(50_000);
		long started = System.nanoTime();
		List<SourceNote> notes = BracketNotes.of(CitationFinder.scan(text), text, 1);
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
		assertThat(notes).hasSize(BracketNotes.MAX_STRAYS + 1);
		assertThat(notes.get(BracketNotes.MAX_STRAYS).message())
			.isEqualTo("From line 2 on, the paragraph has 99980 more brackets that are never closed or close nothing.");
		assertThat(notes).extracting(SourceNote::line).isSorted();
	}

}
