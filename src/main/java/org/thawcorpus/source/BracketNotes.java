package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.bibliography.CitationScan;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.bibliography.StrayBracket;

/** Turns what a citation scan found wrong with a passage's brackets into notes. */
public final class BracketNotes {

	private BracketNotes() {
	}

	/**
	 * Notes for mismatched and unclosed citations and for stray brackets, each on the
	 * source line where the bracket stands.
	 * @param text the passage's text as scanned
	 * @param firstLine the source line the passage starts on
	 */
	public static List<SourceNote> of(CitationScan scan, String text, int firstLine) {
		List<SourceNote> notes = new ArrayList<>();
		for (FoundCitation citation : scan.citations()) {
			if (citation.bracketsMatch()) {
				continue;
			}
			int line = lineOf(text, citation.start(), firstLine);
			if (citation.closer() == 0) {
				notes.add(new SourceNote(line, NoteKind.STRAY_BRACKET, "The citation opened with \"" + citation.opener()
						+ "\" on line " + line + " is never closed; it is taken to run to the end of the paragraph."));
			}
			else {
				notes.add(new SourceNote(line, NoteKind.BRACKET_MISMATCH, "The citation on line " + line
						+ " opens with \"" + citation.opener() + "\" but closes with \"" + citation.closer() + "\"."));
			}
		}
		for (StrayBracket stray : scan.strays()) {
			int line = lineOf(text, stray.offset(), firstLine);
			String what = ("([{".indexOf(stray.bracket()) >= 0) ? "is never closed"
					: "closes nothing (perhaps the remains of a footnote marker)";
			notes.add(new SourceNote(line, NoteKind.STRAY_BRACKET,
					"Line " + line + " has a \"" + stray.bracket() + "\" that " + what + "."));
		}
		return notes;
	}

	private static int lineOf(String text, int offset, int firstLine) {
		int line = firstLine;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
