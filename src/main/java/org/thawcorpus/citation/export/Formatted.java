package org.thawcorpus.citation.export;

/**
 * A formatted citation or bibliography entry.
 *
 * @param html the entry as HTML: its text escaped, italics and bold as {@code <i>} and
 * {@code <b>}, no other element
 * @param text the entry as plain text
 */
public record Formatted(String html, String text) {

}
