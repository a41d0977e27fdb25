package org.thawcorpus.source.html;

import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.Score;
import org.thawcorpus.source.SourceKind;

/**
 * A kind of source that reads saved HTML pages from their markup. A registered kind that
 * does not implement it still reads HTML: its text reader reads the page's text blocks,
 * with the blocks the page's structure marks as furniture set aside (see
 * {@link HtmlKinds}).
 */
public interface HtmlKind extends SourceKind {

	/**
	 * The markers of this kind found in a page's markup and metadata (JSON-LD
	 * {@code @type}, Open Graph, a generator's own elements), never its file name or
	 * host.
	 * @param page the page
	 * @return the score; {@link Score#none} when the markup shows no marker
	 */
	Score score(HtmlPage page);

	/**
	 * Reads a page recognised as this kind.
	 * @param page the page
	 * @return the parsed document; each of the page's text blocks has exactly one use in
	 * it, numbered as {@link HtmlPage#blocks()}
	 */
	ParsedDocument read(HtmlPage page);

}
