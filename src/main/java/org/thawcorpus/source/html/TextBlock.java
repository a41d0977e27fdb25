package org.thawcorpus.source.html;

import org.jsoup.nodes.Element;

/**
 * One block of a page's text: the text of a paragraph, heading, list item, table cell or
 * any run of inline content between block elements, in document order.
 *
 * @param number the 1-based number of the block in the page; blocks are a page's "lines"
 * @param text the text as a reader sees it: white space collapsed as a browser does, a
 * line break ({@code <br>}) kept as "\n", preformatted text as it stands
 * @param element the element that holds the text
 * @param path where the element sits, for a reader ("article > div.entry-content > p")
 * @param sourceLine the line of the HTML file the block starts on
 * @param markup the block's own markup exactly as the file holds it
 * @param furniture why the page's structure makes the block furniture ("navigation",
 * "site footer", "form"), or null when the structure says nothing
 */
public record TextBlock(int number, String text, Element element, String path, int sourceLine, String markup,
		String furniture) {

	/** Whether the page's structure alone marks the block as furniture. */
	public boolean isFurniture() {
		return this.furniture != null;
	}

	/** The block's element's tag ("p", "h2", "li"). */
	public String tag() {
		return this.element.normalName();
	}

	/** Whether the block sits inside {@code ancestor} (or is its own text). */
	public boolean isWithin(Element ancestor) {
		for (Element e = this.element; e != null; e = e.parent()) {
			if (e == ancestor) {
				return true;
			}
		}
		return false;
	}

}
