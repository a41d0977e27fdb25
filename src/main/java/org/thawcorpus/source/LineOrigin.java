package org.thawcorpus.source;

/**
 * Where a unit of a source came from, when the source is a page's markup rather than a
 * text: the element of a text block and its markup.
 *
 * @param element where the element sits ("article > div.entry-content > p")
 * @param sourceLine the line of the file the block starts on
 * @param markup the block's markup exactly as the file holds it
 */
public record LineOrigin(String element, int sourceLine, String markup) {

}
