package org.thawcorpus.source;

/**
 * What a kind's text reader reads: the copy with its head and foot furniture blank, the
 * title the copy states (if a rule found it), and the furniture words for naming other
 * lines.
 *
 * @param lines the copy, its head and foot furniture blank, numbered as in the file
 * @param title the title the copy states, or null when no rule found one
 * @param words the furniture words, the kind's own included
 */
public record TextPage(SourceLines lines, TitleCandidate title, FurnitureWords words) {

}
