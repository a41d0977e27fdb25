package org.thawcorpus.annotation.parse;

/**
 * A register entry named in a text.
 *
 * @param start offset of the mention's first character in the original text
 * @param end offset just after its last character
 * @param text the mention as written (a possessive "'s" is left outside)
 * @param entry the entry it names
 * @param variant the spelling that matched
 */
public record EntityMention(int start, int end, String text, RegisterEntry entry, Variant variant) {

}
