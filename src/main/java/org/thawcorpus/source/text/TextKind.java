package org.thawcorpus.source.text;

import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.Score;
import org.thawcorpus.source.SourceKind;
import org.thawcorpus.source.SourceLines;

/**
 * Plain text: the kind of every source that no other kind claims, read as blank-line
 * separated paragraphs.
 */
public final class TextKind implements SourceKind {

	public static final DocumentKind KIND = new DocumentKind("TEXT", "Plain text", "CreativeWork", "Main text");

	@Override
	public DocumentKind kind() {
		return KIND;
	}

	@Override
	public Score score(SourceLines lines) {
		return Score.none(KIND);
	}

	@Override
	public ParsedDocument read(SourceLines lines) {
		return new PlainTextParser().parse(lines);
	}

	@Override
	public boolean isFallback() {
		return true;
	}

}
