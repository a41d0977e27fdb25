package org.thawcorpus.source.text;

import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.Score;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.html.HtmlKind;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.PageReader;

/**
 * Plain text: the kind of every source that no other kind claims, read as blank-line
 * separated paragraphs, or a saved page read from its structure alone.
 */
public final class TextKind implements HtmlKind {

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
	public Score score(HtmlPage page) {
		return Score.none(KIND);
	}

	@Override
	public ParsedDocument read(HtmlPage page) {
		return PageReader.read(page, KIND);
	}

	@Override
	public boolean isFallback() {
		return true;
	}

}
