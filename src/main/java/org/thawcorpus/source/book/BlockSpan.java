package org.thawcorpus.source.book;

import java.util.List;

import org.jsoup.nodes.Element;

import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * The text blocks inside an element of a page, as a range of block numbers: blocks are in
 * document order, so an element's blocks are consecutive.
 *
 * @param first the first block's number
 * @param last the last block's number; below {@code first} when the element holds none
 */
record BlockSpan(int first, int last) {

	static final BlockSpan NONE = new BlockSpan(0, -1);

	/** The blocks inside the element; none for a null element. */
	static BlockSpan of(HtmlPage page, Element element) {
		if (element == null) {
			return NONE;
		}
		List<TextBlock> inside = page.within(element);
		return inside.isEmpty() ? NONE : new BlockSpan(inside.get(0).number(), inside.get(inside.size() - 1).number());
	}

	/** The blocks inside the first element within {@code scope} that matches. */
	static BlockSpan first(HtmlPage page, Element scope, String cssQuery) {
		return of(page, scope.selectFirst(cssQuery));
	}

	boolean contains(int number) {
		return number >= this.first && number <= this.last;
	}

	boolean isEmpty() {
		return this.last < this.first;
	}

}
