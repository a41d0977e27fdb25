package org.thawcorpus.citation.export;

/**
 * A reference formatted in one style.
 *
 * @param style the style
 * @param citation the note or in-text citation, with the place cited
 * @param bibliography the entry of the work in a bibliography, or null when the style
 * lists no such work there (Chicago cites reference works and comments in notes only)
 */
public record StyledReference(CitationStyle style, Formatted citation, Formatted bibliography) {

}
