package org.thawcorpus.source;

/**
 * What a kind of page holds besides its sections, such as a book's details and reviews or
 * a post's comments. The importer writes each type of part with the writer made for it.
 */
public interface ParsedPart {

}
