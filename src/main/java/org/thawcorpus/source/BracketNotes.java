package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.thawcorpus.bibliography.CitationScan;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.bibliography.StrayBracket;

/** Turns what a citation scan found wrong with a passage's brackets into notes. */
public final class BracketNotes {

	/**
	 * Stray brackets noted one by one in a paragraph; the rest are counted in one note.
	 */
	static final int MAX_STRAYS = 20;

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
		Lines lines = new Lines(text, firstLine);
		for (FoundCitation citation : scan.citations()) {
			if (citation.bracketsMatch()) {
				continue;
			}
			int line = lines.of(citation.start());
			if (citation.closer() == 0) {
				notes.add(new SourceNote(line, NoteKind.STRAY_BRACKET, "The citation opened with \"" + citation.opener()
						+ "\" on line " + line + " is never closed; it is taken to run to the end of the paragraph."));
			}
			else {
				notes.add(new SourceNote(line, NoteKind.BRACKET_MISMATCH, "The citation on line " + line
						+ " opens with \"" + citation.opener() + "\" but closes with \"" + citation.closer() + "\"."));
			}
		}
		List<StrayBracket> strays = scan.strays();
		for (int i = 0; i < strays.size() && i < MAX_STRAYS; i++) {
			StrayBracket stray = strays.get(i);
			int line = lines.of(stray.offset());
			String what = ("([{".indexOf(stray.bracket()) >= 0) ? "is never closed"
					: "closes nothing (perhaps the remains of a footnote marker)";
			notes.add(new SourceNote(line, NoteKind.STRAY_BRACKET,
					"Line " + line + " has a \"" + stray.bracket() + "\" that " + what + "."));
		}
		if (strays.size() > MAX_STRAYS) {
			int line = lines.of(strays.get(MAX_STRAYS).offset());
			notes.add(new SourceNote(line, NoteKind.STRAY_BRACKET, "From line " + line + " on, the paragraph has "
					+ (strays.size() - MAX_STRAYS) + " more brackets that are never closed or close nothing."));
		}
		return notes;
	}

	/** The source lines of a passage's offsets, found without rescanning the text. */
	private static final class Lines {

		private final List<Integer> starts = new ArrayList<>();

		private final int firstLine;

		Lines(String text, int firstLine) {
			this.firstLine = firstLine;
			this.starts.add(0);
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					this.starts.add(i + 1);
				}
			}
		}

		int of(int offset) {
			int found = Collections.binarySearch(this.starts, offset);
			int index = (found >= 0) ? found : -found - 2;
			return this.firstLine + index;
		}

	}

}
