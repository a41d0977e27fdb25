package org.thawcorpus.source.html;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.source.KindDetector;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.LineUse;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.Score;
import org.thawcorpus.source.SourceKind;
import org.thawcorpus.source.SourceKinds;
import org.thawcorpus.source.SourceLines;

/**
 * Recognises a saved page's kind and reads it: with the kind's own markup reader where it
 * has one ({@link HtmlKind}), else with its text reader over the page's text blocks.
 */
public final class HtmlKinds {

	private HtmlKinds() {
	}

	/** Recognises a page's kind and reads it. */
	public static ParsedDocument parse(HtmlPage page) {
		SourceLines content = contentOnly(page);
		return SourceKinds.read(KindDetector.detect((kind) -> score(kind, page, content)),
				(kind) -> read(kind, page, content));
	}

	private static Score score(SourceKind kind, HtmlPage page, SourceLines content) {
		return (kind instanceof HtmlKind html) ? html.score(page) : kind.score(content);
	}

	private static ParsedDocument read(SourceKind kind, HtmlPage page, SourceLines content) {
		if (kind instanceof HtmlKind html) {
			return html.read(page);
		}
		ParsedDocument parsed = kind.read(content);
		List<LineUse> uses = new ArrayList<>(parsed.lines().size());
		for (LineUse use : parsed.lines()) {
			TextBlock block = page.block(use.line());
			uses.add(block.isFurniture() ? new LineUse(use.line(), LineRole.FURNITURE, block.furniture(), null) : use);
		}
		return new ParsedDocument(parsed.kind(), parsed.title(), parsed.sections(), parsed.parts(), parsed.notes(),
				uses);
	}

	/**
	 * The page's blocks as lines, with every block its structure marks as furniture
	 * blank, so that a text reader reads the content only and its line numbers stay the
	 * blocks' numbers.
	 */
	static SourceLines contentOnly(HtmlPage page) {
		List<String> texts = new ArrayList<>(page.blocks().size());
		for (TextBlock block : page.blocks()) {
			texts.add(block.isFurniture() ? "" : block.text());
		}
		return SourceLines.ofBlocks(texts, page.blocks().stream().map((b) -> page.lines().origin(b.number())).toList());
	}

}
