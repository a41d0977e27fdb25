package org.thawcorpus.source;

/**
 * What one line of a source became.
 *
 * @param line the 1-based line number
 * @param role what the line became
 * @param label a short description: the field ("reviewer", "date", "histogram 4 stars")
 * or the named furniture ("Rate this book"); may be null for plain passages
 * @param anchor the anchor of the passage, review or comment the line belongs to, or null
 */
public record LineUse(int line, LineRole role, String label, String anchor) {

}
