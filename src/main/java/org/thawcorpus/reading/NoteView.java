package org.thawcorpus.reading;

import org.thawcorpus.document.DocumentNote;
import org.thawcorpus.source.NoteKind;

/**
 * A source-criticism note as the pages and the API show it.
 *
 * @param line the line it is about, or null for the whole file
 * @param kind what kind of note it is
 * @param message the sentence
 */
public record NoteView(Integer line, NoteKind kind, String message) {

	static NoteView of(DocumentNote note) {
		return new NoteView(note.getLine(), note.getKind(), note.getMessage());
	}

}
