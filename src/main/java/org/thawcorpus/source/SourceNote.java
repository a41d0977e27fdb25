package org.thawcorpus.source;

/**
 * A source-criticism note: something a careful reader of the copy would remark on.
 *
 * @param line the 1-based line the note is about, or null when it concerns the whole file
 * @param kind the kind of note
 * @param message a sentence a reader understands
 */
public record SourceNote(Integer line, NoteKind kind, String message) {

}
